using LangGap.Statistics.Distributions;

namespace LangGap.Statistics.Unpaired;

/// <summary>The Mann–Whitney U test of two independent samples, two-sided, with the normal approximation.</summary>
/// <remarks>
/// The computation of scipy's <c>mannwhitneyu(x, y, alternative="two-sided", method="asymptotic", use_continuity=True)</c>:
/// U₁ = R₁ − n₁(n₁+1)/2 from average ranks of the pooled values, U = max(U₁, n₁n₂ − U₁),
/// z = (U − n₁n₂/2 − 0.5)/σ with σ² = n₁n₂/12·((n+1) − Σ(t³−t)/(n(n−1))) over tie groups of size t, p = 2·(1 − Φ(z)),
/// at most 1. When every value is equal (σ = 0) there is no evidence of a difference and p is 1.
/// </remarks>
public static class MannWhitneyUTest
{
    /// <summary>U of <paramref name="a"/> (U₁) and the two-sided p-value.</summary>
    /// <exception cref="ArgumentException">Either sample is empty.</exception>
    public static (double U, double PValue) Run(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            throw new ArgumentException("The Mann–Whitney test needs at least one value in each sample.");
        }
        double n1 = a.Count, n2 = b.Count, n = n1 + n2;
        var pooled = a.Concat(b).ToArray();
        var ranks = Ranks.Average(pooled);
        var r1 = 0.0;
        for (var i = 0; i < a.Count; i++)
        {
            r1 += ranks[i];
        }
        var u1 = r1 - n1 * (n1 + 1) / 2;
        var u = Math.Max(u1, n1 * n2 - u1);
        var ties = Ranks.TieGroupSizes(pooled).Sum(t => (double)t * t * t - t);
        var variance = n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1)));
        if (!(variance > 0))
        {
            return (u1, 1);
        }
        var z = (u - n1 * n2 / 2 - 0.5) / Math.Sqrt(variance);
        return (u1, Math.Min(1, 2 * NormalDistribution.Sf(z)));
    }
}
