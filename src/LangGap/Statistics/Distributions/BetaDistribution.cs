namespace LangGap.Statistics.Distributions;

/// <summary>The beta distribution Beta(a, b): CDF and quantile (the inverse regularised incomplete beta function).</summary>
public static class BetaDistribution
{
    /// <summary>P(X ≤ x) = I_x(a, b).</summary>
    public static double Cdf(double x, double a, double b)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(b);
        return SpecialFunctions.IncompleteBeta(a, b, x);
    }

    /// <summary>The x with I_x(a, b) = <paramref name="p"/>, to the last representable bit.</summary>
    public static double Quantile(double p, double a, double b)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(b);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        return SpecialFunctions.InverseIncompleteBeta(a, b, p);
    }
}
