using System.Numerics;

using LangGap.Statistics.Resampling;

namespace LangGap.Metrics.Significance;

public sealed partial class PairedCorpusTest
{
    private PairedSystemResult[] Bootstrap<T>(TotalsScorer score, IReadOnlyList<string> systems, IReadOnlyList<SegmentStatistics> statistics, double[] actual)
        where T : unmanaged, INumber<T>
    {
        var resamples = _resamples.Value;
        var scores = new double[statistics.Count][];
        Parallel.For(0, statistics.Count, Parallelism, s =>
        {
            var packed = PackedStatistics<T>.From(statistics[s]);
            var sum = new T[packed.Stride];
            var totals = new double[packed.Width];
            var result = new double[resamples.Count];
            for (var r = 0; r < resamples.Count; r++)
            {
                RowSums.Sum<T>(packed.Rows, packed.Stride, resamples[r], sum);
                packed.ToDoubles(sum, totals);
                result[r] = score(totals);
            }
            scores[s] = result;
        });

        var rows = new PairedSystemResult[statistics.Count];
        var baseline = scores[0];
        for (var s = 0; s < rows.Length; s++)
        {
            var (mean, halfWidth) = EstimateInterval(scores[s]);
            double? p = s == 0 ? null : BootstrapPValue(scores[s], baseline, Math.Abs(actual[0] - actual[s]));
            rows[s] = new PairedSystemResult(systems[s], actual[s], mean, halfWidth, p, p);
        }
        return rows;
    }

    // sacrebleu: stats = |sys − base| per resample, centred on its mean; c = #(stats > actual difference).
    private static double BootstrapPValue(double[] system, double[] baseline, double actualDifference)
    {
        var differences = new double[system.Length];
        for (var r = 0; r < differences.Length; r++)
        {
            differences[r] = Math.Abs(system[r] - baseline[r]);
        }
        var mean = differences.Average();
        var exceeding = 0;
        foreach (var d in differences)
        {
            if (d - mean > actualDifference)
            {
                exceeding++;
            }
        }
        return PValue(exceeding, differences.Length);
    }
}
