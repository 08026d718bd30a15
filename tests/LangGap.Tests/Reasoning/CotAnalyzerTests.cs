using LangGap.Languages;
using LangGap.Reasoning.Cot;

namespace LangGap.Tests.Reasoning;

/// <summary>The chain-of-thought analysis on hand-written traces in several scripts.</summary>
public sealed class CotAnalyzerTests
{
    private static readonly CotAnalyzer Analyzer = new();

    [Fact]
    public void Analyze_EnglishThinkingQuotingGermanQuestion_CountsAPreciseQuote()
    {
        const string question = "Janets Enten legen 16 Eier pro Tag. Wie viel Dollar nimmt sie täglich auf dem Bauernmarkt ein?";
        const string thinking = "The question says \"legen 16 Eier pro Tag\", so the ducks lay sixteen eggs every day. " +
            "She eats three of them every morning and bakes muffins with four more. That leaves nine eggs to sell at the market.";

        var analysis = Analyzer.Analyze(thinking, question, LanguageTag.Parse("de"));

        Assert.Equal("en", analysis.Dominant);
        Assert.Equal(0, analysis.QueryLanguageShare);
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("legen 16 Eier pro Tag", quote.Text);
        Assert.True(quote.Precise);
        Assert.Equal(0, analysis.CodeMixedSentences);
    }

    [Fact]
    public void Analyze_EnglishThinkingQuotingChinese_SeparatesPreciseFromParaphrasedQuotes()
    {
        const string question = "小明有五个苹果，他又买了三个。他现在有几个苹果？";
        const string thinking = "The question asks “他现在有几个苹果”, which means how many apples he has now. " +
            "He had five apples and then bought three more of them. I would write the answer as “一共八个” in the end.";

        var analysis = Analyzer.Analyze(thinking, question, LanguageTag.Parse("zh"));

        Assert.Equal("en", analysis.Dominant);
        Assert.Equal(2, analysis.Quotes.Count);
        Assert.True(analysis.Quotes[0].Precise);
        Assert.False(analysis.Quotes[1].Precise);
        Assert.Equal(1, analysis.PreciseQuotes);
    }

    [Fact]
    public void Analyze_RussianThinkingForRussianQuestion_IsAllQueryLanguageWithoutQuoteEvents()
    {
        const string question = "У Маши было семь яблок, она отдала два. Сколько яблок у неё осталось?";
        const string thinking = "Сначала у Маши было семь яблок. Потом она отдала «два яблока» своей подруге. Значит, у неё осталось пять яблок.";

        var analysis = Analyzer.Analyze(thinking, question, LanguageTag.Parse("ru"));

        Assert.Equal("ru", analysis.Dominant);
        Assert.Equal(1.0, analysis.QueryLanguageShare, 3);
        Assert.Empty(analysis.Quotes);
    }

    [Fact]
    public void Analyze_ArithmeticSentences_HaveNoLanguageAndDoNotCount()
    {
        var analysis = Analyzer.Analyze("4 + 3 = 7. 7 + 2 = 9. Also ist die Antwort neun, das ist ganz sicher richtig.", "Beginne bei 4 und addiere 3 und 2.", LanguageTag.Parse("de"));

        Assert.Equal(3, analysis.Sentences.Count);
        Assert.Null(analysis.Sentences[0].Language);
        Assert.Null(analysis.Sentences[1].Language);
        Assert.Equal(1, analysis.LinguisticSentences);
        Assert.Equal("de", analysis.Dominant);
        Assert.Equal(1.0, analysis.QueryLanguageShare, 3);
    }

    [Fact]
    public void Analyze_EnglishSentenceWithUnquotedBengaliClause_IsCodeMixedNotAQuote()
    {
        const string question = "রহিমের কাছে ছয়টি কলম আছে। সে আরও চারটি কলম কিনল। এখন তার কাছে কয়টি কলম আছে?";
        const string thinking = "First I add the pens together, রহিমের কাছে এখন দশটি কলম আছে, and that is the final count of pens. " +
            "So the total number of pens he has now is ten.";

        var analysis = Analyzer.Analyze(thinking, question, LanguageTag.Parse("bn"));

        Assert.Equal("en", analysis.Dominant);
        Assert.True(analysis.Sentences[0].CodeMixed);
        Assert.False(analysis.Sentences[1].CodeMixed);
        Assert.Empty(analysis.Quotes);
    }

    [Fact]
    public void Analyze_EnglishThinkingQuotingJapaneseWithCornerBrackets_FindsTheQuote()
    {
        const string question = "りんごが3個あります。2個食べました。残りは何個ですか？";
        const string thinking = "The phrase 「残りは何個ですか」 asks how many are left over at the end. There were three apples and two were eaten, so one is left.";

        var analysis = Analyzer.Analyze(thinking, question, LanguageTag.Parse("ja"));

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("残りは何個ですか", quote.Text);
        Assert.True(quote.Precise);
    }

    [Fact]
    public void SplitSentences_LatinAndCjkTerminators_SplitsEach()
    {
        Assert.Equal(["One.", "Two?", "好的。", "三。", "Four"], CotAnalyzer.SplitSentences("One. Two? 好的。三。Four"));
    }
}
