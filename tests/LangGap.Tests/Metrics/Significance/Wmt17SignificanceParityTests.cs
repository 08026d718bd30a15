using System.Text.Json;
using LangGap.Metrics;
using LangGap.Metrics.Significance;
using LangGap.Statistics.Resampling;
using LangGap.Tests.Metrics;

namespace LangGap.Tests.Metrics.Significance;

/// <summary>
/// Parity with sacrebleu 2.6.0's paired bootstrap (1000) and approximate randomisation (10000) on WMT17 en→de, baseline
/// LIUM-NMT, seed 12345: scores to 1e-4, p-values within 0.01 and CI half-widths within 10% (the reference's
/// tolerances). LangGap draws numpy's PCG64 stream itself, so the resamples are sacrebleu's own and the p-values are
/// also checked to be identical.
/// </summary>
public class Wmt17SignificanceParityTests
{
    private const string Significance = "wmt17-en-de.significance.json";
    private const string Folder = "wmt17-en-de";

    private static readonly Lazy<JsonDocument> Expected = new(() => JsonDocument.Parse(File.ReadAllText(ReferenceData.PathOf(Significance))));

    [ReferenceTheory(Significance, Folder)]
    [InlineData("bs")]
    [InlineData("ar")]
    public void Run_Wmt17_MatchesSacrebleu(string test)
    {
        var rows = Expected.Value.RootElement.GetProperty($"{test}_BLEU").GetProperty("rows").EnumerateArray().ToArray();
        var systems = rows.Select(r => r.GetProperty("system").GetString()!).ToArray();
        var hypotheses = systems.Select(Wmt17ParityTests.Read).ToArray();
        var options = new PairedTestOptions(test == "bs" ? PairedTestMethod.Bootstrap : PairedTestMethod.ApproximateRandomization);

        var results = CorpusComparison.Run([new BleuMetric(), new ChrFMetric()], systems, hypotheses, [Wmt17ParityTests.Read("reference")], options);

        var failures = new List<string>();
        foreach (var result in results)
        {
            var expected = Expected.Value.RootElement.GetProperty($"{test}_{result.Metric}");
            Assert.Equal(
                ReferenceSettings.WithOurVersion(expected.GetProperty("signature").GetString()!),
                result.Signature);
            foreach (var (row, want) in result.Rows.Zip(expected.GetProperty("rows").EnumerateArray()))
            {
                Check(failures, result.Metric, row, want);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static void Check(List<string> failures, string metric, PairedSystemResult row, JsonElement want)
    {
        var label = $"{metric} {row.System}";
        if (Math.Abs(row.Score - want.GetProperty("score").GetDouble()) > 1e-4)
        {
            failures.Add($"{label}: score {row.Score} vs {want.GetProperty("score").GetDouble()}");
        }
        var p = want.GetProperty("p_value");
        if (p.ValueKind == JsonValueKind.Null ? row.PValue is not null : Math.Abs(row.PValue!.Value - p.GetDouble()) > 0.01)
        {
            failures.Add($"{label}: p {row.PValue} vs {p}");
        }
        else if (p.ValueKind != JsonValueKind.Null && Math.Abs(row.PValue!.Value - p.GetDouble()) > 1e-12)
        {
            failures.Add($"{label}: p {row.PValue} is within tolerance but not sacrebleu's {p} (the resamples should be identical)");
        }
        var ci = want.GetProperty("ci");
        if (ci.ValueKind == JsonValueKind.Null)
        {
            if (row.Ci is not null || row.Mean is not null)
            {
                failures.Add($"{label}: expected no mean/CI");
            }
            return;
        }
        if (Math.Abs(row.Ci!.Value - ci.GetDouble()) > 0.1 * ci.GetDouble())
        {
            failures.Add($"{label}: CI {row.Ci} vs {ci.GetDouble()}");
        }
        // The bootstrap mean moves by Monte Carlo error (~CI/20); 0.1 on the 0–100 scale is ~8 standard errors.
        if (Math.Abs(row.Mean!.Value - want.GetProperty("mean").GetDouble()) > 0.1)
        {
            failures.Add($"{label}: mean {row.Mean} vs {want.GetProperty("mean").GetDouble()}");
        }
    }
}
