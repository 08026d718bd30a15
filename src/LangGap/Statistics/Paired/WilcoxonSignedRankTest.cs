using LangGap.Statistics.Distributions;

namespace LangGap.Statistics.Paired;

/// <summary>The Wilcoxon signed-rank test with scipy 1.10's defaults (<c>zero_method="wilcox"</c>, no continuity correction, <c>mode="auto"</c>).</summary>
/// <remarks>
/// W = min(R⁺, R⁻) over the ranks of |A − B|. With at most 50 pairs and no zero difference the p-value is exact
/// (R⁺ truncated to an integer when ties make it fractional, as scipy does); otherwise zero differences are dropped
/// and the normal approximation with the tie-corrected variance is used. With clusters it runs on cluster means.
/// </remarks>
public static class WilcoxonSignedRankTest
{
    /// <summary>Runs the test.</summary>
    public static PairedTestResult Run(PairedScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var (a, b) = scores.ClusterMeans();
        var d = a.Zip(b, (x, y) => x - y).ToArray();
        var zeros = d.Count(x => x == 0);
        var exact = d.Length <= 50 && zeros == 0;
        if (!exact)
        {
            if (zeros == d.Length)
            {
                throw new ArgumentException("The Wilcoxon test is undefined when every difference is zero.", nameof(scores));
            }
            d = d.Where(x => x != 0).ToArray();
        }
        var ranks = Ranks.Average(d.Select(Math.Abs).ToArray());
        double rPlus = 0, rMinus = 0;
        for (var i = 0; i < d.Length; i++)
        {
            if (d[i] > 0)
            {
                rPlus += ranks[i];
            }
            else if (d[i] < 0)
            {
                rMinus += ranks[i];
            }
        }
        var w = Math.Min(rPlus, rMinus);
        var n = d.Length;
        double p;
        string detail;
        if (exact)
        {
            p = ExactPValue(n, (int)rPlus);
            detail = "exact";
        }
        else
        {
            var mean = n * (n + 1.0) * 0.25;
            var variance = n * (n + 1.0) * (2.0 * n + 1.0);
            foreach (var t in Ranks.TieGroupSizes(ranks))
            {
                variance -= 0.5 * t * ((double)t * t - 1);
            }
            var z = (w - mean) / Math.Sqrt(variance / 24);
            p = NormalDistribution.TwoSidedPValue(z);
            detail = $"normal|z:{z:R}";
        }
        return new PairedTestResult(
            "wilcoxon", scores.Count, a.Length, a.Average(), b.Average(), a.Average() - b.Average(), null, null, w, p, detail);
    }

    // The null distribution of R⁺ (each rank positive with probability ½), built by convolution.
    private static double ExactPValue(int n, int rPlus)
    {
        var distribution = new double[] { 1.0 };
        for (var k = 1; k <= n; k++)
        {
            var next = new double[k * (k + 1) / 2 + 1];
            for (var s = 0; s < distribution.Length; s++)
            {
                next[s] += distribution[s] * 0.5;
                next[s + k] += distribution[s] * 0.5;
            }
            distribution = next;
        }
        if (rPlus == (distribution.Length - 1) / 2)
        {
            return 1.0;
        }
        double lower = 0, upper = 0;
        for (var s = 0; s <= rPlus; s++)
        {
            lower += distribution[s];
        }
        for (var s = rPlus; s < distribution.Length; s++)
        {
            upper += distribution[s];
        }
        return Math.Clamp(2 * Math.Min(lower, upper), 0, 1);
    }
}
