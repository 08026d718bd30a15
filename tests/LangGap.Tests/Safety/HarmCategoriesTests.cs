using LangGap.Safety;

namespace LangGap.Tests.Safety;

public sealed class HarmCategoriesTests
{
    [Theory]
    [InlineData("bullying and harassment", HarmCategories.Bullying)]
    [InlineData("BULLYING & HARASSMENT", HarmCategories.Bullying)]
    [InlineData("Violence, threats and incitement", HarmCategories.Violence)]
    [InlineData("harms of representation allocation and quality of service", HarmCategories.Representation)]
    [InlineData("non-consensual sexual content", HarmCategories.NonConsensualSexual)]
    [InlineData("Self-harm", HarmCategories.SelfHarm)]
    public void Normalise_VariantSpelling_GivesCanonicalName(string name, string expected) =>
        Assert.Equal(expected, HarmCategories.Normalise(name));

    [Fact]
    public void Normalise_UnknownName_GivesNull() => Assert.Null(HarmCategories.Normalise("Spam"));

    [Theory]
    [InlineData("[\"Hate Speech\", \"Profanity\"]")]
    [InlineData("['Hate Speech', 'Profanity']")]
    [InlineData("[ 'Hate Speech' ,\"Profanity\" ]")]
    public void Split_JsonOrPythonList_GivesNames(string field) =>
        Assert.Equal(["Hate Speech", "Profanity"], HarmCategories.Split(field));

    [Fact]
    public void Split_SingleNameWithComma_KeepsItWhole() =>
        Assert.Equal(["Violence, threats & incitement"], HarmCategories.Split("Violence, threats & incitement"));

    [Fact]
    public void All_HasTheNineAyaCategories() => Assert.Equal(9, HarmCategories.All.Distinct().Count());
}
