using System.Text.Json;
using LangGap.Statistics;
using LangGap.Statistics.Agreement;
using LangGap.Statistics.Paired;

namespace LangGap.Tests.Statistics;

/// <summary>Every case of Reference/stats/scipy_cases.json (scipy 1.10.1), to 1e-9; Krippendorff's α to the 3 published decimals.</summary>
public class ScipyParityTests
{
    private const double Tolerance = 1e-9;

    private static readonly JsonElement[] Cases = LoadCases();

    public static TheoryData<int> Indices
    {
        get
        {
            var data = new TheoryData<int>();
            for (var i = 0; i < Cases.Length; i++)
            {
                data.Add(i);
            }
            return data;
        }
    }

    [Fact]
    public void Cases_ReferenceFile_HasEveryKind()
    {
        var kinds = Cases.Select(c => c.GetProperty("kind").GetString()!).Distinct().Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["kendall", "krippendorff_alpha_published", "mcnemar_exact", "p_adjust", "paired_t", "pearson", "proportion_ci", "spearman", "wilcoxon"], kinds);
    }

    [Theory]
    [MemberData(nameof(Indices))]
    public void Case_Computed_MatchesScipy(int index)
    {
        var c = Cases[index];
        var inputs = c.GetProperty("inputs");
        var expected = c.GetProperty("expected");
        switch (c.GetProperty("kind").GetString())
        {
            case "kendall":
                var (kx, ky) = (Doubles(inputs, "x"), Doubles(inputs, "y"));
                var tauB = Correlation.KendallTauB(kx, ky);
                Close(expected, "tau_b", tauB.Coefficient);
                Close(expected, "p_b", tauB.PValue);
                Close(expected, "tau_c", Correlation.KendallTauC(kx, ky).Coefficient);
                break;
            case "spearman":
                Close(expected, "rho", Correlation.Spearman(Doubles(inputs, "x"), Doubles(inputs, "y")).Coefficient);
                break;
            case "pearson":
                Close(expected, "r", Correlation.Pearson(Doubles(inputs, "x"), Doubles(inputs, "y")).Coefficient);
                break;
            case "paired_t":
                // The reference file's t is scipy's ttest_rel(b, a) (checked with scipy 1.10.1); LangGap's t is for A − B.
                var t = PairedTTest.Run(new PairedScores(Doubles(inputs, "b"), Doubles(inputs, "a")));
                Close(expected, "t", t.Statistic!.Value);
                Close(expected, "p", t.PValue);
                break;
            case "wilcoxon":
                var w = WilcoxonSignedRankTest.Run(new PairedScores(Doubles(inputs, "a"), Doubles(inputs, "b")));
                Close(expected, "W", w.Statistic!.Value);
                Close(expected, "p", w.PValue);
                break;
            case "proportion_ci":
                var (k, n, confidence) = (inputs.GetProperty("k").GetInt32(), inputs.GetProperty("n").GetInt32(), inputs.GetProperty("confidence").GetDouble());
                Interval(expected, "wilson", ProportionInterval.Wilson(k, n, confidence));
                Interval(expected, "wilsoncc", ProportionInterval.WilsonCorrected(k, n, confidence));
                Interval(expected, "exact", ProportionInterval.ClopperPearson(k, n, confidence));
                break;
            case "mcnemar_exact":
                Close(expected, "p", McNemarTest.ExactPValue(inputs.GetProperty("b").GetInt32(), inputs.GetProperty("c").GetInt32()));
                break;
            case "p_adjust":
                var p = Doubles(inputs, "p");
                Many(expected, "bonferroni", MultipleComparisons.Adjust(p, PValueCorrection.Bonferroni));
                Many(expected, "holm", MultipleComparisons.Adjust(p, PValueCorrection.Holm));
                Many(expected, "bh", MultipleComparisons.Adjust(p, PValueCorrection.BenjaminiHochberg));
                break;
            case "krippendorff_alpha_published":
                var ratings = new[] { "A", "B", "C", "D" }
                    .Select(coder => (IReadOnlyList<double?>)inputs.GetProperty(coder).EnumerateArray()
                        .Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble()).ToArray())
                    .ToArray();
                foreach (var (name, level) in new[] { ("nominal", KrippendorffLevel.Nominal), ("ordinal", KrippendorffLevel.Ordinal), ("interval", KrippendorffLevel.Interval), ("ratio", KrippendorffLevel.Ratio) })
                {
                    Assert.Equal(expected.GetProperty(name).GetDouble(), Math.Round(KrippendorffAlpha.Compute(ratings, level), 3));
                }
                break;
            default:
                Assert.Fail($"Unknown case kind {c.GetProperty("kind").GetString()}.");
                break;
        }
    }

    private static JsonElement[] LoadCases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reference", "stats", "scipy_cases.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("cases").EnumerateArray().ToArray();
    }

    private static double[] Doubles(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    private static void Close(JsonElement expected, string name, double actual)
    {
        var want = expected.GetProperty(name).GetDouble();
        Assert.True(Math.Abs(want - actual) <= Tolerance, $"{name}: expected {want:R}, got {actual:R}");
    }

    private static void Interval(JsonElement expected, string name, ConfidenceInterval actual)
    {
        var want = Doubles(expected, name);
        Assert.True(Math.Abs(want[0] - actual.Lower) <= Tolerance && Math.Abs(want[1] - actual.Upper) <= Tolerance,
            $"{name}: expected [{want[0]:R}, {want[1]:R}], got [{actual.Lower:R}, {actual.Upper:R}]");
    }

    private static void Many(JsonElement expected, string name, double[] actual)
    {
        var want = Doubles(expected, name);
        Assert.Equal(want.Length, actual.Length);
        for (var i = 0; i < want.Length; i++)
        {
            Assert.True(Math.Abs(want[i] - actual[i]) <= Tolerance, $"{name}[{i}]: expected {want[i]:R}, got {actual[i]:R}");
        }
    }
}
