using LangGap.Languages;
using LangGap.Reasoning;

namespace LangGap.Tests.Reasoning;

public sealed class LanguageForcingTests
{
    [Fact]
    public void ForcingPhrases_EveryMgsmLanguage_HasThreeDistinctPhrases()
    {
        foreach (var code in new[] { "bn", "de", "en", "es", "fr", "ja", "ru", "sw", "te", "th", "zh" })
        {
            var phrase = ForcingPhrases.For(LanguageTag.Parse(code));
            Assert.Equal(code, phrase.Language);
            Assert.Equal(3, new[] { phrase.Wait, phrase.ThinkingPrefix, phrase.SystemLine }.Distinct().Count());
        }
    }

    [Fact]
    public void ForcingPhrases_NonEnglishWaitWords_AreTranslated()
    {
        var waits = ForcingPhrases.Languages.Where(l => l != "en").Select(l => ForcingPhrases.For(LanguageTag.Parse(l)).Wait).ToList();

        Assert.DoesNotContain("Wait", waits);
        Assert.Equal(waits.Count, waits.Distinct().Count());
    }

    [Theory]
    [InlineData(ForcingMode.None, "Wait", false, false)]
    [InlineData(ForcingMode.Wait, "Espera", false, false)]
    [InlineData(ForcingMode.Prefix, "Wait", true, false)]
    [InlineData(ForcingMode.System, "Wait", false, true)]
    [InlineData(ForcingMode.Combined, "Espera", true, true)]
    public void Of_Mode_SetsItsParts(ForcingMode mode, string ignore, bool prefix, bool system)
    {
        var forcing = LanguageForcing.Of(mode, LanguageTag.Parse("es"));

        Assert.Equal(ignore, forcing.IgnoreString);
        Assert.Equal(prefix, forcing.ThinkingPrefix == "Bien, déjame intentar resolver esto.");
        Assert.Equal(system, forcing.SystemLine == "Piensa paso a paso en español.");
    }

    [Fact]
    public void Of_LanguageWithoutPhrases_SaysWhichLanguagesExist()
    {
        var error = Assert.Throws<InvalidInputException>(() => LanguageForcing.Of(ForcingMode.Wait, LanguageTag.Parse("yo")));

        Assert.Contains("'yo'", error.Message);
        Assert.Contains("sw", error.Message);
    }
}
