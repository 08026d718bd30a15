using System.Text.Json;
using LangGap.Synthesis.Attributes;

namespace LangGap.Tests.Synthesis.Attributes;

public sealed class MtldTests
{
    private const string Cases = "mtld/mtld_cases.json";

    [ReferenceFact(Cases)]
    public void Compute_ReferenceCases_MatchLexicalRichnessAndLexicalDiversity()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ReferenceData.PathOf(Cases)));
        var checkedValues = 0;
        foreach (var c in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var name = c.GetProperty("name").GetString();
            var tokens = c.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToArray();
            foreach (var (field, definition) in new[]
            {
                ("lexicalrichness_mtld_0.72", MtldDefinition.LexicalRichness),
                ("lexical_diversity_mtld_min10", MtldDefinition.LexicalDiversity),
                ("lexical_diversity_mtld_ma_bid", MtldDefinition.MovingAverageBidirectional),
                ("lexical_diversity_mtld_ma_wrap", MtldDefinition.MovingAverageWrap),
            })
            {
                var expected = c.GetProperty(field).GetDouble();
                var actual = Mtld.Compute(tokens, definition);
                Assert.True(Math.Abs(expected - actual) <= 1e-9, $"{name} {field}: expected {expected:R}, found {actual:R}");
                checkedValues++;
            }
            Assert.Equal(c.GetProperty("lexicalrichness_ttr").GetDouble(), Mtld.TypeTokenRatio(tokens), 1e-9);
            checkedValues++;
        }
        // Every value of the file is checked: 6 cases × (4 MTLD values + TTR).
        Assert.Equal(30, checkedValues);
    }

    [ReferenceFact(Cases)]
    public void Tokenize_ReferenceTextsJoined_GivesTheReferenceTokens()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ReferenceData.PathOf(Cases)));
        foreach (var c in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var tokens = c.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToArray();
            var text = string.Join(' ', tokens.Select((t, i) => i % 7 == 0 ? char.ToUpperInvariant(t[0]) + t[1..] + "," : t)) + ".";

            Assert.Equal(tokens, AttributeTokenizer.Tokenize(text));
        }
    }

    [Fact]
    public void Compute_AllDistinctTokens_CountsOneFactorUnderLexicalRichness()
    {
        string[] tokens = ["a", "b", "c", "d"];

        Assert.Equal(4, Mtld.Compute(tokens));
        Assert.Equal(0, Mtld.Compute(tokens, MtldDefinition.LexicalDiversity));
    }

    [Fact]
    public void Compute_HandWorkedRepetition_MatchesTheDefinition()
    {
        // a b a b: forward TTRs 1, 1, 2/3 (≤ 0.72: factor ends), then b alone (TTR 1, partial 0) → 4 / 1 = 4; backward the same.
        Assert.Equal(4, Mtld.Compute(["a", "b", "a", "b"]));
        // a a: TTR 1/2 at the 2nd token closes a factor → 2 / 1 = 2.
        Assert.Equal(2, Mtld.Compute(["a", "a"]));
        // a a a: factor after 2 tokens, then "a" alone (TTR 1, partial 0) → 3 / 1 = 3.
        Assert.Equal(3, Mtld.Compute(["a", "a", "a"]));
    }

    [Fact]
    public void Compute_LexicalDiversityThresholdOtherThanDefault_Throws()
    {
        Assert.Throws<ArgumentException>(() => Mtld.Compute(["a"], MtldDefinition.MovingAverageWrap, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Mtld.Compute(["a"], MtldDefinition.LexicalRichness, 1.0));
        Assert.Throws<ArgumentException>(() => Mtld.Compute([]));
    }
}
