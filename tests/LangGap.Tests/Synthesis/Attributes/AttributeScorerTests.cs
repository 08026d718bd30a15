using LangGap.Evaluation;
using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Synthesis.Attributes;

namespace LangGap.Tests.Synthesis.Attributes;

public sealed class AttributeScorerTests
{
    private static ScoringInput Input(string language, string output) =>
        new(Sample.FromPrompt("s1", LanguageTag.Parse(language), "prompt"), "m", output);

    [Fact]
    public async Task MtldScorer_RepeatedWords_ScoresTheTokenisedText()
    {
        var score = await new MtldScorer().ScoreAsync(Input("en", "A b, a B."), default);

        Assert.Equal(4, score.Value);
        Assert.Equal(new LexicalDetails(4, 2), score.Details);
    }

    [Fact]
    public async Task MtldScorer_Chinese_SegmentsCharacters()
    {
        // 好 好 好 好: TTR 1/2 after two characters closes a factor, twice in each direction → 4 / 2 = 2.
        var score = await new MtldScorer().ScoreAsync(Input("zh", "好好好好"), default);

        Assert.Equal(2, score.Value);
        Assert.Equal(new LexicalDetails(4, 1), score.Details);
    }

    [Fact]
    public async Task MtldScorer_NoWords_IsUnscored()
    {
        var score = await new MtldScorer().ScoreAsync(Input("en", " ... "), default);

        Assert.False(score.IsScored);
    }

    [Fact]
    public void MtldScorer_Definitions_HaveDistinctNamesAndKeys()
    {
        var scorers = Enum.GetValues<MtldDefinition>().Select(d => new MtldScorer(d)).ToArray();

        Assert.Equal(["mtld", "mtld-ld", "mtld-ma-bid", "mtld-ma-wrap"], scorers.Select(s => s.Name));
        Assert.NotEqual(ScorerIdentity.Of(new MtldScorer(threshold: 0.72)).Key, ScorerIdentity.Of(new MtldScorer(threshold: 0.7)).Key);
    }

    [Theory]
    [InlineData("en", "the cat and the dog", 0.8)]
    [InlineData("ja", "猫と猫", 2.0 / 3)]
    [InlineData("th", "แมว แมว", 0.5)]
    public async Task TypeTokenRatioScorer_Text_IsTypesOverTokens(string language, string text, double expected)
    {
        var score = await new TypeTokenRatioScorer().ScoreAsync(Input(language, text), default);

        Assert.Equal(expected, score.Value!.Value, 12);
    }

    [Fact]
    public async Task ReadabilityScorer_English_IsFleschReadingEase()
    {
        // 2 sentences, 8 words; syllables: the 1, cat 1, sat 1, down 1, dogs 1, are 1 (silent e), very 2, happy 2 = 10.
        var score = await new ReadabilityScorer().ScoreAsync(Input("en", "The cat sat down. Dogs are very happy!"), default);

        Assert.Equal(206.835 - 1.015 * (8 / 2.0) - 84.6 * (10 / 8.0), score.Value!.Value, 9);
        Assert.Equal(new ReadabilityDetails("Flesch (1948)", 2, 8, 10), score.Details);
    }

    [Fact]
    public async Task ReadabilityScorer_German_IsAmstad()
    {
        // 1 sentence, 4 words; syllables: der 1, hund 1, läuft 1 (äu one run), schnell 1 = 4.
        var score = await new ReadabilityScorer().ScoreAsync(Input("de", "Der Hund läuft schnell."), default);

        Assert.Equal(180 - 4.0 - 58.5 * 1.0, score.Value!.Value, 9);
    }

    [Theory]
    [InlineData("hi", "यह एक वाक्य है।")]
    [InlineData("zh", "这是一个句子。")]
    public async Task ReadabilityScorer_LanguageWithoutFormula_IsUnscoredNamingTheDefinedOnes(string language, string text)
    {
        var score = await new ReadabilityScorer().ScoreAsync(Input(language, text), default);

        Assert.False(score.IsScored);
        Assert.Equal($"readability is not defined for '{language}'; defined for en, de, es, fr, it, nl, pt", score.UnscoredReason);
    }

    [Fact]
    public async Task LengthScorer_ModelTokens_CountsWithTheTokenizerAndRecordsIt()
    {
        var scorer = new LengthScorer(t => t.Length * 2, "fake-tokenizer");

        var score = await scorer.ScoreAsync(Input("en", "abc"), default);

        Assert.Equal(6, score.Value);
        Assert.Equal("length-tokens", scorer.Name);
        Assert.NotEqual(ScorerIdentity.Of(scorer).Key, ScorerIdentity.Of(new LengthScorer(t => 1, "other")).Key);
        Assert.Null(new LengthScorer(LengthUnit.Words).Settings);
    }

    [Fact]
    public void Details_RoundTripThroughTheStoreJson()
    {
        ScoreDetails details = new LexicalDetails(3, 2);

        Assert.Equal(details, ScoreDetails.Deserialize(ScoreDetails.Serialize(details)));
        Assert.Contains("\"type\":\"lexical\"", ScoreDetails.Serialize(details), StringComparison.Ordinal);
    }
}
