using LangGap.Synthesis.Selection;
using static LangGap.Tests.Synthesis.SynthesisFixtures;

namespace LangGap.Tests.Synthesis;

public sealed class AttributeObjectiveTests
{
    [Fact]
    public void Parse_GoalsAndWeights_KeepsTermsInOrder()
    {
        var objective = AttributeObjective.Parse("Length:min, words:max:2.5", Resolver());

        Assert.Equal(["length", "words"], objective.Terms.Select(t => t.Attribute));
        Assert.Equal([ObjectiveGoal.Minimize, ObjectiveGoal.Maximize], objective.Terms.Select(t => t.Goal));
        Assert.Equal([1.0, 2.5], objective.Terms.Select(t => t.Weight));
        Assert.Equal("length:min,words:max:2.5", objective.Text);
        Assert.Equal("length-chars", objective.Terms[0].Scorer.Name);
    }

    [Fact]
    public void Parse_UnknownAttribute_SentenceListsKnownOnes()
    {
        var error = Assert.Throws<InvalidInputException>(() => AttributeObjective.Parse("mtld:max", Resolver()));

        Assert.Equal("The objective names an unknown attribute 'mtld'; known attributes: fidelity, length, words.", error.Message);
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("length", "is not ATTRIBUTE:max or ATTRIBUTE:min")]
    [InlineData("length:up", "expected max or min")]
    [InlineData("length:max:0", "expected a positive number")]
    [InlineData("length:max:x", "expected a positive number")]
    [InlineData("length:max,length:min", "names the attribute 'length' twice")]
    public void Parse_Malformed_OneSentenceSayingWhat(string text, string expected)
    {
        var error = Assert.Throws<InvalidInputException>(() => AttributeObjective.Parse(text, Resolver()));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Evaluate_OneTerm_RawValueNegatedForMin()
    {
        var set = Set("p", Candidate(0, "a", 10), Candidate(1, "b", 30));

        var max = AttributeObjective.Parse("length:max", Resolver()).Evaluate(set);
        var min = AttributeObjective.Parse("length:min:2", Resolver()).Evaluate(set);

        Assert.Equal([10.0, 30.0], max.Select(v => v!.Value));
        Assert.Equal([-20.0, -60.0], min.Select(v => v!.Value));
    }

    [Fact]
    public void Evaluate_SeveralTerms_ScalesEachWithinThePromptAndWeighs()
    {
        // length 10..30 and words 1..5 on different scales; words weighs 2.
        var set = Set("p", Candidate(0, "a", 10, 5), Candidate(1, "b", 30, 1), Candidate(2, "c", 20, 3));

        var values = AttributeObjective.Parse("length:min,words:max:2", Resolver()).Evaluate(set);

        Assert.Equal(3.0, values[0]!.Value, 12); // shortest (1) and most words (2 × 1)
        Assert.Equal(0.0, values[1]!.Value, 12);
        Assert.Equal(1.5, values[2]!.Value, 12);
    }

    [Fact]
    public void Evaluate_UnscoredTerm_NoValueNotZero()
    {
        var set = Set("p", Candidate(0, "a", 10, null), Candidate(1, "b", 30, 2));

        var values = AttributeObjective.Parse("length:max,words:max", Resolver()).Evaluate(set);

        Assert.Null(values[0]);
        Assert.NotNull(values[1]);
    }
}
