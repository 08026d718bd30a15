namespace LangGap.Statistics.Paired;

/// <summary>The exact paired permutation (sign-flip) test of the mean difference A − B: every assignment of signs is enumerated.</summary>
/// <remarks>
/// <para>Under the null hypothesis A and B are exchangeable within each cluster (prompt), so each cluster's summed
/// difference d_c is equally likely to have either sign. The test enumerates all 2^m sign assignments of the m clusters
/// and counts those whose |Σ ±d_c| is at least the observed |Σ d_c| (up to 1e-12 relative, so floating-point noise in
/// the sums does not decide); the two-sided p-value is that count over 2^m. This is the exact test scipy's
/// <c>permutation_test(..., permutation_type="samples")</c> gives when it can enumerate every permutation, and the
/// exact one-sample randomisation test of Fisher and Pitman.</para>
/// <para>Enumeration costs 2^m sums, so it is offered up to <see cref="MaxClusters"/> clusters (about a million
/// assignments); beyond that use <see cref="PairedPermutationTest"/> (sampled) or <see cref="PairedBootstrapTest"/>.
/// The smallest attainable p-value is 2/2^m, so with few pairs a tiny p-value is impossible — which is the point:
/// a bootstrap over 9 pairs can print p &lt; 0.001 where no test on 9 pairs can honestly go below 0.004.</para>
/// </remarks>
public static class ExactSignFlipTest
{
    /// <summary>The most clusters the test enumerates (2^20 ≈ 1.05 million sign assignments).</summary>
    public const int MaxClusters = 20;

    /// <summary>Runs the test.</summary>
    /// <exception cref="ArgumentException">There are more than <see cref="MaxClusters"/> clusters.</exception>
    public static PairedTestResult Run(PairedScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.ClusterCount > MaxClusters)
        {
            throw new ArgumentException(
                $"The exact sign-flip test enumerates at most {MaxClusters} clusters, found {scores.ClusterCount}; use the sampled permutation test or the paired bootstrap.",
                nameof(scores));
        }
        var (sums, _) = scores.ClusterDifferences();
        var p = PValue(sums);
        return new PairedTestResult(
            "sign-flip", scores.Count, scores.ClusterCount, scores.A.Average(), scores.B.Average(), scores.MeanDifference,
            null, null, null, p, $"exact|assignments:{1L << sums.Length}|clusters:{scores.ClusterCount}");
    }

    /// <summary>The exact two-sided p-value of the summed differences <paramref name="differences"/> (one per cluster).</summary>
    public static double PValue(IReadOnlyList<double> differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        var m = differences.Count;
        if (m > MaxClusters)
        {
            throw new ArgumentException($"The exact sign-flip test enumerates at most {MaxClusters} differences, found {m}.", nameof(differences));
        }
        if (m == 0)
        {
            return 1.0;
        }
        var observed = Math.Abs(differences.Sum());
        var threshold = observed - 1e-12 * Math.Max(1, differences.Sum(Math.Abs));
        // Each assignment's sum is taken afresh in the same order as the observed sum (no running total), so the
        // identity assignment reproduces the observed value exactly and rounding never accumulates across assignments.
        var d = differences.ToArray();
        var assignments = 1L << m;
        long exceeding = 0;
        for (long mask = 0; mask < assignments; mask++)
        {
            double total = 0;
            for (var i = 0; i < m; i++)
            {
                total += ((mask >> i) & 1) == 1 ? -d[i] : d[i];
            }
            if (Math.Abs(total) >= threshold)
            {
                exceeding++;
            }
        }
        return (double)exceeding / assignments;
    }
}
