using System.Text.Json;
using LangGap.Tests;

namespace LangGap.Cli.Tests;

/// <summary>
/// sacrebleu's test_significance.py through <c>langgap compare</c>: WMT17 en→de, baseline LIUM-NMT, BLEU with
/// <c>--tokenize none</c>, seed 12345; bootstrap p-values (2000 resamples) against Moses' sigdiff script and
/// approximate-randomisation p-values (10000 trials) against multeval, each within 0.01 as sacrebleu asserts.
/// </summary>
/// <remarks>Needs the tokenize option on <c>compare</c>, which it did not have; the texts are read from ../shared/reference.</remarks>
public sealed class SacrebleuSignificanceTests
{
    private const string Folder = "wmt17-en-de";
    private const string Baseline = "LIUM-NMT.4900.en-de";

    // test_significance.py: MOSES_P_VALS (mean of 3 runs of moses-sigdiff.pl with 2000 samples).
    private static readonly Dictionary<string, double> MosesPValues = new()
    {
        ["C-3MA.4959.en-de"] = 0.00000,
        ["FBK.4870.en-de"] = 0.01267,
        ["KIT.4950.en-de"] = 0.02233,
        ["LMU-nmt-reranked.4934.en-de"] = 0.04383,
        ["LMU-nmt-single.4893.en-de"] = 0.20783,
        ["online-A.0.en-de"] = 0.00000,
        ["online-B.0.en-de"] = 0.38100,
        ["online-F.0.en-de"] = 0.00000,
        ["online-G.0.en-de"] = 0.00000,
        ["PROMT-Rule-based.4735.en-de"] = 0.00000,
        ["RWTH-nmt-ensemble.4921.en-de"] = 0.01167,
        ["SYSTRAN.4847.en-de"] = 0.20983,
        ["TALP-UPC.4834.en-de"] = 0.00000,
        ["uedin-nmt.4722.en-de"] = 0.00000,
        ["xmu.4910.en-de"] = 0.25483,
    };

    // test_significance.py: MULTEVAL_P_VALS, BLEU column (10,000 AR trials).
    private static readonly Dictionary<string, double> MultevalPValues = new()
    {
        ["C-3MA.4959.en-de"] = 0.0001,
        ["FBK.4870.en-de"] = 0.0218,
        ["KIT.4950.en-de"] = 0.0410,
        ["LMU-nmt-reranked.4934.en-de"] = 0.09029,
        ["LMU-nmt-single.4893.en-de"] = 0.58494,
        ["online-A.0.en-de"] = 0.0001,
        ["online-B.0.en-de"] = 0.94111,
        ["online-F.0.en-de"] = 0.0001,
        ["online-G.0.en-de"] = 0.0001,
        ["PROMT-Rule-based.4735.en-de"] = 0.0001,
        ["RWTH-nmt-ensemble.4921.en-de"] = 0.0207,
        ["SYSTRAN.4847.en-de"] = 0.59914,
        ["TALP-UPC.4834.en-de"] = 0.0001,
        ["uedin-nmt.4722.en-de"] = 0.0001,
        ["xmu.4910.en-de"] = 0.71073,
    };

    [ReferenceFact(Folder)]
    public async Task PairedBootstrap_MatchesMosesWithinSacrebleusTolerance()
    {
        var pValues = await PValuesAsync("--paired-bs", "--resamples", "2000");

        Assert.Equal(MosesPValues.Keys.Order(), pValues.Keys.Order());
        Assert.All(MosesPValues, kv => Assert.True(Math.Abs(pValues[kv.Key] - kv.Value) < 1e-2, $"{kv.Key}: p = {pValues[kv.Key]}, Moses {kv.Value}"));
    }

    [ReferenceFact(Folder)]
    public async Task PairedApproximateRandomization_MatchesMultevalWithinSacrebleusTolerance()
    {
        var pValues = await PValuesAsync("--paired-ar", "--resamples", "10000");

        Assert.Equal(MultevalPValues.Keys.Order(), pValues.Keys.Order());
        Assert.All(MultevalPValues, kv => Assert.True(Math.Abs(pValues[kv.Key] - kv.Value) < 1e-2, $"{kv.Key}: p = {pValues[kv.Key]}, multeval {kv.Value}"));
    }

    [ReferenceFact(Folder, "wmt17-en-de.significance.json")]
    public async Task ScoreConfidence_MatchesSacrebleusBootstrapOfTheSameSystem()
    {
        // sacrebleu --confidence draws the same resamples (default_rng(seed).choice(n, (1000, n))) as its paired bootstrap,
        // so the baseline row of sacrebleu 2.6.0's paired bootstrap is this system's single-system estimate.
        using var reference = JsonDocument.Parse(await File.ReadAllTextAsync(ReferenceData.PathOf("wmt17-en-de.significance.json")));
        var row = reference.RootElement.GetProperty("bs_BLEU").GetProperty("rows")[0];
        Assert.Equal(Baseline, row.GetProperty("system").GetString());
        var folder = ReferenceData.PathOf(Folder);

        var result = await CliRunner.RunAsync("", "score", "--ref", Path.Combine(folder, "reference.txt"), "--hyp", Path.Combine(folder, Baseline + ".txt"),
            "--confidence", "--seed", "12345", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var score = json.RootElement.GetProperty("results")[0];
        Assert.Equal(row.GetProperty("score").GetDouble(), score.GetProperty("score").GetDouble(), 1e-4);
        Assert.Equal(row.GetProperty("mean").GetDouble(), score.GetProperty("confidence").GetProperty("mean").GetDouble(), 1e-4);
        Assert.Equal(row.GetProperty("ci").GetDouble(), score.GetProperty("confidence").GetProperty("half_width").GetDouble(), 1e-4);
        Assert.StartsWith("nrefs:1|bs:1000|seed:12345|case:mixed|", score.GetProperty("signature").GetString());
    }

    private static async Task<Dictionary<string, double>> PValuesAsync(params string[] test)
    {
        var folder = ReferenceData.PathOf(Folder);
        var others = MosesPValues.Keys.Select(name => Path.Combine(folder, name + ".txt"));
        string[] args =
        [
            "compare", "--ref", Path.Combine(folder, "reference.txt"), "--hyp", Path.Combine(folder, Baseline + ".txt"), .. others,
            "--metric", "bleu", "--tokenize", "none", "--seed", "12345", "--correction", "none", "--format", "json", .. test,
        ];

        var result = await CliRunner.RunAsync("", args);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("p_value").ValueKind == JsonValueKind.Number)
            .ToDictionary(r => Path.GetFileNameWithoutExtension(r.GetProperty("system").GetString()!), r => r.GetProperty("p_value").GetDouble());
    }
}
