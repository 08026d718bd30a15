using LangGap.Evaluation.Scoring;
using LangGap.Synthesis.Attributes;

namespace LangGap.Tests.Synthesis.Attributes;

public sealed class AttributeCatalogTests
{
    [Fact]
    public void Create_EveryTextAttribute_GivesAScorerWithADescriptor()
    {
        foreach (var name in AttributeCatalog.TextNames)
        {
            var scorer = AttributeCatalog.Create(name);

            Assert.NotNull(scorer.Descriptor);
            Assert.False(string.IsNullOrEmpty(scorer.Name));
        }
        Assert.Equal("length-chars", AttributeCatalog.Create("length").Name);
        Assert.Equal("language-fidelity", AttributeCatalog.Create("fidelity").Name);
        Assert.Equal(ScoreDirection.LowerIsBetter, AttributeCatalog.Create("profanity").Descriptor.Direction);
    }

    [Fact]
    public void Create_UnknownName_ListsTheKnownOnes()
    {
        var error = Assert.Throws<InvalidInputException>(() => AttributeCatalog.Create("lexdiv"));

        Assert.Equal($"Unknown attribute 'lexdiv'; known attributes: {string.Join(", ", AttributeCatalog.Names)}.", error.Message);
        Assert.Contains("mtld", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("judge", "Attribute 'judge' needs a judge model (give --judge).")]
    [InlineData("reward", "Attribute 'reward' needs a reward model (give --reward DIR).")]
    [InlineData("length-tokens", "Attribute 'length-tokens' needs a model's tokenizer (give --model).")]
    public void Create_ContextualAttributeWithoutContext_SaysWhatIsMissing(string name, string message)
    {
        var error = Assert.Throws<InvalidInputException>(() => AttributeCatalog.Create(name));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Create_ContextualAttributes_UseTheContext()
    {
        var reward = new TypeTokenRatioScorer();
        var context = new AttributeContext { CountTokens = t => t.Length, Tokenizer = "t", RewardModel = reward };

        Assert.Same(reward, AttributeCatalog.Create("reward", context));
        Assert.Equal("length-tokens", AttributeCatalog.Create("length-tokens", context).Name);
    }

    [Fact]
    public void CreateMany_List_KeepsOrderAndRejectsRepeats()
    {
        Assert.Equal(["mtld", "length", "ttr"], AttributeCatalog.CreateMany("mtld, length,ttr").Select(a => a.Name));
        Assert.Throws<InvalidInputException>(() => AttributeCatalog.CreateMany("mtld,mtld"));
        Assert.Throws<InvalidInputException>(() => AttributeCatalog.CreateMany(" , "));
    }

    [Fact]
    public void Names_AreAllCreatableOrNeedContext()
    {
        Assert.Equal(AttributeCatalog.Names.Except(["length-tokens", "reward", "judge"]), AttributeCatalog.TextNames);
    }
}
