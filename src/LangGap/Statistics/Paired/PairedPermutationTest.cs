using LangGap.Statistics.Resampling;

namespace LangGap.Statistics.Paired;

/// <summary>Paired permutation (sign-flip) test of the mean difference A − B, swapping A and B within whole clusters.</summary>
/// <remarks>
/// Under the null hypothesis A and B are exchangeable within each cluster (prompt), so each trial swaps all of a
/// cluster's A and B scores with probability ½ and recomputes the mean difference. c counts trials whose absolute mean
/// difference is at least the observed one (up to 1e-12 relative, so floating-point noise in the sums does not decide),
/// and p = (c + 1)/(T + 1). Trial t uses stream t of the seed.
/// </remarks>
public static class PairedPermutationTest
{
    /// <summary>The default number of trials.</summary>
    public const int DefaultTrials = 10_000;

    /// <summary>Runs the test.</summary>
    public static PairedTestResult Run(PairedScores scores, int trials = DefaultTrials, ulong seed = PairedTestOptions.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        var (sums, _) = scores.ClusterDifferences();
        var observed = Math.Abs(sums.Sum());
        var threshold = observed - 1e-12 * Math.Max(1, sums.Sum(Math.Abs));
        var exceeding = 0;
        Parallel.For(0, trials, () => 0, (t, _, local) =>
        {
            var random = Xoshiro256.ForStream(seed, (ulong)t);
            double total = 0;
            ulong bits = 0;
            for (var c = 0; c < sums.Length; c++)
            {
                if ((c & 63) == 0)
                {
                    bits = random.NextUInt64();
                }
                total += (bits & 1) == 1 ? -sums[c] : sums[c];
                bits >>= 1;
            }
            return Math.Abs(total) >= threshold ? local + 1 : local;
        }, local => Interlocked.Add(ref exceeding, local));
        return new PairedTestResult(
            "permutation", scores.Count, scores.ClusterCount, scores.A.Average(), scores.B.Average(), scores.MeanDifference,
            null, null, null, (exceeding + 1.0) / (trials + 1.0), $"trials:{trials}|seed:{seed}|clusters:{scores.ClusterCount}");
    }
}
