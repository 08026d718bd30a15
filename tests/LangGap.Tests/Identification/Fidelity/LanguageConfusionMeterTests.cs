using LangGap.Identification;
using LangGap.Identification.Fidelity;
using LangGap.Languages;

namespace LangGap.Tests.Identification.Fidelity;

public class LanguageConfusionMeterTests
{
    private readonly LanguageConfusionMeter _meter = new(LanguageIdentifier.Default);

    [Fact]
    public void Measure_OneOfTwoResponsesHasAnEnglishLine_LinePassRateHalf()
    {
        string[] responses =
        [
            "Das Wetter ist heute sehr schön und warm.\nWir gehen am Nachmittag an den Strand.",
            "Das Wetter ist heute sehr schön und warm.\nThis afternoon we are going to the beach together.",
        ];

        var result = _meter.Measure(responses, LanguageTag.Parse("de"));

        Assert.Equal(2, result.Checked);
        Assert.Equal(0.5, result.LinePassRate);
        Assert.Null(result.WordPassRate);
        Assert.Equal(0.75, result.LineAccuracy);
        Assert.Equal(0.5, result.PassRate);
    }

    [Fact]
    public void Measure_ShortLinesOnly_ResponseSkipped()
    {
        var result = _meter.Measure(["Ja.", "Nein, danke."], LanguageTag.Parse("de"));

        Assert.Equal(0, result.Checked);
        Assert.Equal(1.0, result.LinePassRate);
        Assert.All(result.PerResponse, r => Assert.True(r.Skipped));
    }

    [Fact]
    public void Measure_EnglishWordInRussianResponse_WordLevelFailure()
    {
        string[] responses =
        [
            "Сегодня хорошая погода, и мы идём гулять в парк вместе с друзьями.",
            "Сегодня хорошая погода, и мы идём гулять в парк, это был отличный weekend с друзьями.",
        ];

        var result = _meter.Measure(responses, LanguageTag.Parse("ru"));

        Assert.Equal(1.0, result.LinePassRate);
        Assert.Equal(0.5, result.WordPassRate);
        Assert.Equal(["weekend"], result.PerResponse[1].InsertedWords);
        Assert.Equal(2 * 1.0 * 0.5 / 1.5, result.PassRate, 12);
    }

    [Fact]
    public void Measure_WordList_OnlyListedWordsCount()
    {
        var meter = new LanguageConfusionMeter(LanguageIdentifier.Default,
            new LanguageConfusionOptions { EnglishWords = new HashSet<string> { "budget" } });

        var result = meter.Measure(["Сегодня хорошая погода, и мы идём гулять в парк, это был отличный weekend с друзьями."], LanguageTag.Parse("ru"));

        Assert.Equal(1.0, result.WordPassRate);
    }
}
