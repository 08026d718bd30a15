using LangGap.Identification;
using LangGap.Identification.Fidelity;
using LangGap.Languages;

namespace LangGap.Tests.Identification.Fidelity;

public class LanguageFidelityScorerTests
{
    private readonly LanguageFidelityScorer _scorer = new(LanguageIdentifier.Default);

    [Fact]
    public void Score_ResponseInExpectedLanguage_Passes()
    {
        var result = _scorer.Score("Das Wetter ist heute herrlich und wir gehen an den Strand.", LanguageTag.Parse("de"));

        Assert.True(result.Passed);
        Assert.Equal(LanguageTag.Parse("de"), result.Detected);
        Assert.Equal("de", result.DetectedLabel);
        Assert.Equal(FidelityReason.None, result.Reason);
        Assert.True(result.Probability > 0.9);
    }

    [Fact]
    public void Score_ResponseInAnotherLanguage_FailsWithWrongLanguage()
    {
        var result = _scorer.Score("The weather is lovely today and we are going to the beach.", LanguageTag.Parse("de"));

        Assert.Equal(FidelityVerdict.Fail, result.Verdict);
        Assert.Equal(FidelityReason.WrongLanguage, result.Reason);
        Assert.Equal("en", result.DetectedLabel);
    }

    [Fact]
    public void Score_ExpectedAsFloresCode_MatchesLid176Label()
    {
        var result = _scorer.Score("Das Wetter ist heute herrlich und wir gehen an den Strand.", LanguageTag.Parse("deu_Latn"));

        Assert.True(result.Passed);
    }

    [Fact]
    public void Score_TwoWords_UnsureTooShort()
    {
        var result = _scorer.Score("Hallo Welt", LanguageTag.Parse("de"));

        Assert.Equal(FidelityVerdict.Unsure, result.Verdict);
        Assert.Equal(FidelityReason.TooShort, result.Reason);
    }

    [Fact]
    public void Score_HalfEnglishHalfRussian_UnsureMixed()
    {
        var result = _scorer.Score("Я думаю, что это очень хорошая идея для нашей команды, but I am not sure about the budget.", LanguageTag.Parse("ru"));

        Assert.Equal(FidelityVerdict.Unsure, result.Verdict);
        Assert.Equal(FidelityReason.Mixed, result.Reason);
    }
}
