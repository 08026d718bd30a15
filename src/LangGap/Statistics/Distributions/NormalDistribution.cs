namespace LangGap.Statistics.Distributions;

/// <summary>The standard normal distribution: CDF, survival function and quantile.</summary>
public static class NormalDistribution
{
    /// <summary>P(Z ≤ z).</summary>
    public static double Cdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));

    /// <summary>P(Z &gt; z), accurate far into the upper tail.</summary>
    public static double Sf(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2));

    /// <summary>The density φ(z).</summary>
    public static double Pdf(double z) => Math.Exp(-0.5 * z * z) / Math.Sqrt(2 * Math.PI);

    /// <summary>The two-sided p-value 2·P(Z &gt; |z|).</summary>
    public static double TwoSidedPValue(double z) => Math.Min(1, 2 * Sf(Math.Abs(z)));

    /// <summary>The z with P(Z ≤ z) = <paramref name="p"/>.</summary>
    /// <remarks>Bisection on the lower tail brackets the root, then Newton steps polish it to full precision.</remarks>
    public static double Quantile(double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        if (p == 0)
        {
            return double.NegativeInfinity;
        }
        if (p == 1)
        {
            return double.PositiveInfinity;
        }
        if (p > 0.5)
        {
            return -LowerTailQuantile(1 - p);
        }
        return LowerTailQuantile(p);
    }

    // Solves Φ(z) = p for p ≤ 0.5 (z ≤ 0), where Φ(z) is computed through the accurate upper tail.
    private static double LowerTailQuantile(double p)
    {
        double lo = -40, hi = 0;
        for (var i = 0; i < 60 && hi - lo > 1e-6; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Sf(-mid) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        var z = 0.5 * (lo + hi);
        for (var i = 0; i < 8; i++)
        {
            var step = (Sf(-z) - p) / Pdf(z);
            z -= step;
            if (Math.Abs(step) < 1e-16 * Math.Max(1, Math.Abs(z)))
            {
                break;
            }
        }
        return z;
    }
}
