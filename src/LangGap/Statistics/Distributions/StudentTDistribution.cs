namespace LangGap.Statistics.Distributions;

/// <summary>Student's t distribution with ν degrees of freedom: CDF, survival function and quantile.</summary>
public static class StudentTDistribution
{
    /// <summary>P(T &gt; t) for ν = <paramref name="degreesOfFreedom"/>.</summary>
    public static double Sf(double t, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        if (double.IsPositiveInfinity(t))
        {
            return 0;
        }
        if (double.IsNegativeInfinity(t))
        {
            return 1;
        }
        var x = degreesOfFreedom / (degreesOfFreedom + t * t);
        var tail = 0.5 * SpecialFunctions.IncompleteBeta(degreesOfFreedom / 2, 0.5, x);
        return t > 0 ? tail : 1 - tail;
    }

    /// <summary>P(T ≤ t) for ν = <paramref name="degreesOfFreedom"/>.</summary>
    public static double Cdf(double t, double degreesOfFreedom) => Sf(-t, degreesOfFreedom);

    /// <summary>The two-sided p-value 2·P(T &gt; |t|).</summary>
    public static double TwoSidedPValue(double t, double degreesOfFreedom) =>
        Math.Min(1, 2 * Sf(Math.Abs(t), degreesOfFreedom));

    /// <summary>The t with P(T ≤ t) = <paramref name="p"/>.</summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        if (p == 0.5)
        {
            return 0;
        }
        if (p == 0 || p == 1)
        {
            return p == 0 ? double.NegativeInfinity : double.PositiveInfinity;
        }
        // P(|T| > t) = I_x(ν/2, 1/2) with x = ν / (ν + t²): invert for the two-sided tail.
        var twoSided = 2 * Math.Min(p, 1 - p);
        var x = SpecialFunctions.InverseIncompleteBeta(degreesOfFreedom / 2, 0.5, twoSided);
        var t = Math.Sqrt(degreesOfFreedom * (1 - x) / x);
        return p > 0.5 ? t : -t;
    }
}
