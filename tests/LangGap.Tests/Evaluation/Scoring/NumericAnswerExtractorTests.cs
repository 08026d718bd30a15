using LangGap.Languages;
using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;

namespace LangGap.Tests.Evaluation.Scoring;

public sealed class NumericAnswerExtractorTests
{
    [Theory]
    [InlineData("The answer is 18.", "18")]
    [InlineData("She earns $1,234,567 a year", "1234567")]
    [InlineData("First 3 eggs, then 5. Answer: 12", "12")]
    [InlineData("Die Antwort ist 3,5 Liter", "3.5")]
    [InlineData("Total: 1\u2009000\u2009000 (thin spaces)", "1000000")]
    [InlineData("Total: 12\u202F345 (narrow no-break)", "12345")]
    [InlineData("5 000 apples (plain space is no separator)", "0")]
    [InlineData("It costs -5 dollars", "-5")]
    [InlineData("covid-19 cases", "19")]
    [InlineData("3.25 kg", "3.25")]
    [InlineData("الإجابة هي ١٨", "18")]
    [InlineData("٢٬٥٠٠ ريال", "2500")]
    [InlineData("٣٫٥", "3.5")]
    [InlineData("پاسخ ۴۲ است", "42")]
    [InlineData("उत्तर १२३ है", "123")]
    [InlineData("উত্তর হল ১৮টি", "18")]
    [InlineData("సమాధానం ౪౨", "42")]
    [InlineData("คำตอบคือ ๑๘", "18")]
    [InlineData("答えは１８個です", "18")]
    [InlineData("答案是十八", "18")]
    [InlineData("一共有三千零五个", "3005")]
    [InlineData("两百", "200")]
    [InlineData("二〇二四年", "2024")]
    [InlineData("九千九百九十九", "9999")]
    [InlineData("三万五千", "35000")]
    [InlineData("零", "0")]
    [InlineData("我有一个苹果，总共18个", "18")]
    public void Extract_AnyScript_ReturnsLastNumber(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumericAnswerExtractor.Extract(text));

    [Theory]
    [InlineData("no digits here")]
    [InlineData("")]
    public void Extract_NoNumber_ReturnsNull(string text) => Assert.Null(NumericAnswerExtractor.Extract(text));

    [Fact]
    public void Extract_WithAnswerPrefix_ReturnsFirstNumberAfterIt() =>
        Assert.Equal(7, NumericAnswerExtractor.Extract("3 + 4 = 7. Antwort: 7 Äpfel, verteilt auf 2 Kisten", "Antwort:"));

    [Fact]
    public void Extract_AnswerPrefixAbsent_FallsBackToLastNumber() =>
        Assert.Equal(12, NumericAnswerExtractor.Extract("5 + 7 = 12", "Answer:"));

    [Fact]
    public void Extract_AnswerPrefixWithoutNumberAfterIt_FallsBackToLastNumber() =>
        Assert.Equal(12, NumericAnswerExtractor.Extract("5 + 7 = 12. Answer: twelve", "Answer:"));

    [Fact]
    public async Task NumericMatchScorer_EqualValueInOtherScript_ScoresOne()
    {
        var sample = Sample.FromPrompt("s", LanguageTag.Parse("ar"), "?", ["18"]);

        var score = await new NumericMatchScorer().ScoreAsync(new ScoringInput(sample, "m", "الجواب ١٨٫٠"), default);

        Assert.Equal(1, score.Value);
        Assert.Equal(new NumericMatchDetails("18.0", "18"), score.Details);
    }

    [Fact]
    public async Task NumericMatchScorer_NoNumberInOutput_ScoresZero()
    {
        var score = await new NumericMatchScorer().ScoreAsync(new ScoringInput(Sample.FromPrompt("s", LanguageTag.Parse("en"), "?", ["18"]), "m", "I don't know"), default);

        Assert.Equal(0, score.Value);
    }

    [Fact]
    public async Task NumericMatchScorer_NonNumericReference_IsUnscored()
    {
        var score = await new NumericMatchScorer().ScoreAsync(new ScoringInput(Sample.FromPrompt("s", LanguageTag.Parse("en"), "?", ["n/a"]), "m", "5"), default);

        Assert.False(score.IsScored);
        Assert.Contains("no numeric reference", score.UnscoredReason);
    }

    [Theory]
    [InlineData(LengthUnit.Characters, "नमस्ते दुनिया", 8)]
    [InlineData(LengthUnit.Words, "one two  three", 3)]
    public async Task LengthScorer_Text_CountsUnits(LengthUnit unit, string text, int expected)
    {
        var score = await new LengthScorer(unit).ScoreAsync(new ScoringInput(Sample.FromPrompt("s", LanguageTag.Parse("hi"), "?"), "m", text), default);

        Assert.Equal(expected, score.Value);
    }
}
