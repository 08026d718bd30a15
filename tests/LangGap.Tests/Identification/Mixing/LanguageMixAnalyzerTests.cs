using LangGap.Identification;
using LangGap.Identification.Mixing;

namespace LangGap.Tests.Identification.Mixing;

public class LanguageMixAnalyzerTests
{
    private readonly LanguageMixAnalyzer _analyzer = new(LanguageIdentifier.Default);

    [Fact]
    public void Analyze_OneLanguage_SingleSpanAndFullShare()
    {
        var analysis = _analyzer.Analyze("Le chat dort sur le canapé depuis ce matin.");

        Assert.Equal("fr", analysis.Dominant);
        Assert.False(analysis.IsMixed);
        Assert.Equal(1.0, analysis.ShareOf("fr"));
        Assert.Equal(9, Assert.Single(analysis.Spans).WordCount);
    }

    [Fact]
    public void Analyze_EnglishSentenceThenGerman_TwoSpansInOrder()
    {
        const string text = "The meeting is tomorrow. Der Termin ist morgen um zehn Uhr, bitte pünktlich sein.";

        var analysis = _analyzer.Analyze(text);

        Assert.Equal("de", analysis.Dominant);
        Assert.Equal(["en", "de"], analysis.Spans.Select(s => s.Label));
        Assert.Equal("The meeting is tomorrow.", analysis.Spans[0].Text);
        Assert.Equal(4, analysis.Spans[1].FirstWord);
        Assert.Equal(4.0 / 14, analysis.ShareOf("en"), 9);
    }

    [Fact]
    public void Analyze_ScriptChange_SplitsRussianFromEnglish()
    {
        var analysis = _analyzer.Analyze("Я думаю, что это хорошая идея, but I am not sure about the budget.");

        Assert.Equal(["ru", "en"], analysis.Spans.Select(s => s.Label));
        Assert.True(analysis.IsMixed);
    }

    [Fact]
    public void Analyze_EnglishInsideChinese_ThreeSpans()
    {
        var analysis = _analyzer.Analyze("我们明天开会, please bring the report 和你的电脑。");

        Assert.Equal(["zh", "en", "zh"], analysis.Spans.Select(s => s.Label));
        Assert.Equal("please bring the report", analysis.Spans[1].Text);
    }

    [Fact]
    public void Analyze_Empty_NoDominantLanguage()
    {
        var analysis = _analyzer.Analyze("   ");

        Assert.Null(analysis.Dominant);
        Assert.Empty(analysis.Spans);
        Assert.Equal(0, analysis.WordCount);
    }
}
