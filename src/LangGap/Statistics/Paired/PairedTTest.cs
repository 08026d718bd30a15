using LangGap.Statistics.Distributions;

namespace LangGap.Statistics.Paired;

/// <summary>The paired t-test (scipy's <c>ttest_rel</c>), on cluster means when there are clusters.</summary>
/// <remarks>t = mean(d) / (sd(d)/√n) with d = A − B and n − 1 degrees of freedom; the interval is mean(d) ± t_{0.975, n−1}·sd/√n.</remarks>
public static class PairedTTest
{
    /// <summary>Runs the test.</summary>
    public static PairedTestResult Run(PairedScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var (a, b) = scores.ClusterMeans();
        var n = a.Length;
        if (n < 2)
        {
            throw new ArgumentException("The paired t-test needs at least two independent pairs.", nameof(scores));
        }
        var d = new double[n];
        for (var i = 0; i < n; i++)
        {
            d[i] = a[i] - b[i];
        }
        var mean = d.Average();
        var variance = d.Sum(x => (x - mean) * (x - mean)) / (n - 1);
        var standardError = Math.Sqrt(variance / n);
        var t = mean / standardError;
        var p = double.IsNaN(t) ? double.NaN : StudentTDistribution.TwoSidedPValue(t, n - 1);
        var critical = StudentTDistribution.Quantile(0.975, n - 1);
        return new PairedTestResult(
            "t", scores.Count, n, a.Average(), b.Average(), mean,
            mean - critical * standardError, mean + critical * standardError, t, p, $"df:{n - 1}");
    }
}
