using System.Text.Json;
using LangGap.Metrics;
using LangGap.Text;

namespace LangGap.Tests.Metrics;

/// <summary>Parity with sacrebleu 2.6.0 on the 40 hand-written cases (Reference/sacrebleu/cases.json), to 1e-4.</summary>
public class SacrebleuCasesTests
{
    private const double Tolerance = 1e-4;

    private static readonly Lazy<JsonDocument> Cases = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "sacrebleu", "cases.json"))));

    private static IReadOnlyList<string> Field(string name) =>
        Cases.Value.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty(name).GetString()!).ToList();

    public static TheoryData<string> SentenceKeys => new(SupportedSentenceKeys);

    public static TheoryData<string> CorpusKeys => new(SupportedCorpusKeys);

    internal static readonly string[] SupportedSentenceKeys = ["sentence_bleu", "sentence_bleu_intl", "sentence_bleu_char", "sentence_chrf", "sentence_chrfpp", "sentence_ter"];

    internal static readonly string[] SupportedCorpusKeys =
        ["bleu_13a", "bleu_intl", "bleu_zh", "bleu_char", "bleu_none", "bleu_lc", "bleu_floor", "bleu_addk", "bleu_nosmooth", "bleu_maxorder2",
            "chrf", "chrfpp", "chrf_ws", "chrf_lc", "chrf_beta1", "chrf_order4",
            "ter", "ter_cased", "ter_nopunct", "ter_norm"];

    [Theory]
    [MemberData(nameof(SentenceKeys))]
    public void ScoreSegment_EveryCase_MatchesSacrebleu(string key)
    {
        var metric = ReferenceSettings.CreateSentence(key);
        var hyps = Field("hyp");
        var refs = Field("ref");
        var expected = Cases.Value.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty(key).GetDouble()).ToList();

        var stats = metric.ComputeStatistics(hyps, [refs]);

        var failures = new List<string>();
        for (var i = 0; i < hyps.Count; i++)
        {
            var actual = metric.ScoreSegment(stats.Row(i)).Score;
            if (Math.Abs(actual - expected[i]) > Tolerance)
            {
                failures.Add($"case {i + 1} ({hyps[i]}): expected {expected[i]}, got {actual}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(CorpusKeys))]
    public void Score_CorpusOneReference_MatchesSacrebleuScoreAndSignature(string key)
    {
        var expected = Cases.Value.RootElement.GetProperty("corpus").GetProperty(key);
        var metric = ReferenceSettings.Create(key);

        var score = metric.Score(metric.ComputeStatistics(Field("hyp"), [Field("ref")]).Total());

        Assert.Equal(expected.GetProperty("score").GetDouble(), score.Score, Tolerance);
        Assert.Equal(ReferenceSettings.WithOurVersion(expected.GetProperty("signature").GetString()!), score.Signature);
    }

    [Theory]
    [MemberData(nameof(CorpusKeys))]
    public void Score_CorpusTwoReferences_MatchesSacrebleuScoreAndSignature(string key)
    {
        var expected = Cases.Value.RootElement.GetProperty("corpus").GetProperty(key);
        var metric = ReferenceSettings.Create(key);
        var refs = Field("ref");
        var lowered = refs.Select(PythonText.Lower).ToList();

        var score = metric.Score(metric.ComputeStatistics(Field("hyp"), [refs, lowered]).Total());

        Assert.Equal(expected.GetProperty("score_two_refs").GetDouble(), score.Score, Tolerance);
        Assert.Equal(ReferenceSettings.WithOurVersion(expected.GetProperty("signature_two_refs").GetString()!), score.Signature);
    }

    [Theory]
    [MemberData(nameof(CorpusKeys))]
    public void Score_Corpus_VerboseTextMatchesSacrebleu(string key)
    {
        var expected = Cases.Value.RootElement.GetProperty("corpus").GetProperty(key).GetProperty("verbose").GetString()!;
        var metric = ReferenceSettings.Create(key);

        var score = metric.Score(metric.ComputeStatistics(Field("hyp"), [Field("ref")]).Total());

        // The reference file printed scores with two decimals.
        var text = score.Detail is null
            ? $"{score.Metric} = {PythonFormat.Fixed(score.Score, 2)}"
            : $"{score.Metric} = {PythonFormat.Fixed(score.Score, 2)} {score.Detail}";
        Assert.Equal(expected, text);
    }
}
