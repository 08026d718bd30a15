using System.Text.Json;
using LangGap.Statistics.Agreement;

namespace LangGap.Tests.Statistics;

/// <summary>Every case of Reference/stats/mtme_pairwise_accuracy.json (mt-metrics-eval KendallVariants / KendallWithTiesOpt), to 1e-9.</summary>
public class MtmePairwiseAccuracyParityTests
{
    private const double Tolerance = 1e-9;

    private static readonly JsonElement[] Cases = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "stats", "mtme_pairwise_accuracy.json")))
        .RootElement.GetProperty("cases").EnumerateArray().ToArray();

    public static TheoryData<int> Indices => new(Enumerable.Range(0, Cases.Length));

    [Theory]
    [MemberData(nameof(Indices))]
    public void Case_Computed_MatchesMtMetricsEval(int index)
    {
        var c = Cases[index];
        var gold = Doubles(c, "gold");
        var metric = Doubles(c, "metric");
        var systems = c.GetProperty("num_sys").GetInt32();

        Close(c, "tau_b", Correlation.KendallTauB(metric, gold).Coefficient);
        Close(c, "tau_c", Correlation.KendallTauC(metric, gold).Coefficient);
        Close(c, "tau_23", PairwiseAccuracy.Tau23(gold, metric));
        Close(c, "tau_acc23", PairwiseAccuracy.Accuracy(gold, metric));
        Close(c, "acc23_eps_0.5", PairwiseAccuracy.Accuracy(gold, metric, 0.5));
        Calibrated(c, "acc23_tie_calibrated", gold, metric, PairwiseAccuracy.TieCalibrated(gold, metric));
        Calibrated(c, "acc23_tie_calibrated_by_item", gold, metric, PairwiseAccuracy.TieCalibrated(gold, metric, systems, AverageBy.Item), systems);
    }

    private static void Calibrated(JsonElement c, string name, double[] gold, double[] metric, TieCalibrationResult actual, int systems = 0)
    {
        var want = c.GetProperty(name);
        Assert.True(Math.Abs(want.GetProperty("tau").GetDouble() - actual.Accuracy) <= Tolerance,
            $"{name}: expected {want.GetProperty("tau").GetDouble():R}, got {actual.Accuracy:R}");
        // Any ε reaching the same best accuracy is accepted; check that ours does, flat or averaged by item.
        var reached = systems == 0
            ? PairwiseAccuracy.Accuracy(gold, metric, actual.Epsilon)
            : ItemAverage(gold, metric, systems, actual.Epsilon);
        Assert.True(Math.Abs(reached - actual.Accuracy) <= Tolerance, $"{name}: ε {actual.Epsilon} gives {reached}, not {actual.Accuracy}");
    }

    private static double ItemAverage(double[] gold, double[] metric, int systems, double epsilon)
    {
        var items = gold.Length / systems;
        return Enumerable.Range(0, items).Average(i =>
            PairwiseAccuracy.Accuracy(
                Enumerable.Range(0, systems).Select(s => gold[s * items + i]).ToArray(),
                Enumerable.Range(0, systems).Select(s => metric[s * items + i]).ToArray(),
                epsilon));
    }

    private static double[] Doubles(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    private static void Close(JsonElement c, string name, double actual)
    {
        var want = c.GetProperty(name).GetDouble();
        Assert.True(Math.Abs(want - actual) <= Tolerance, $"{name}: expected {want:R}, got {actual:R}");
    }
}
