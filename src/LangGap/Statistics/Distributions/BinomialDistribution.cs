namespace LangGap.Statistics.Distributions;

/// <summary>The binomial distribution B(n, p): probability mass, CDF, survival function and quantile.</summary>
public static class BinomialDistribution
{
    /// <summary>P(X = k).</summary>
    public static double Pmf(int k, int n, double p)
    {
        Validate(n, p);
        if (k < 0 || k > n)
        {
            return 0;
        }
        if (p == 0 || p == 1)
        {
            return (p == 0 ? k == 0 : k == n) ? 1 : 0;
        }
        var logChoose = SpecialFunctions.LogGamma(n + 1) - SpecialFunctions.LogGamma(k + 1) - SpecialFunctions.LogGamma(n - k + 1);
        return Math.Exp(logChoose + k * Math.Log(p) + (n - k) * double.LogP1(-p));
    }

    /// <summary>P(X ≤ k), through the incomplete beta function: I_{1−p}(n − k, k + 1).</summary>
    public static double Cdf(int k, int n, double p)
    {
        Validate(n, p);
        if (k < 0)
        {
            return 0;
        }
        if (k >= n)
        {
            return 1;
        }
        return SpecialFunctions.IncompleteBeta(n - k, k + 1, 1 - p);
    }

    /// <summary>P(X &gt; k) = I_p(k + 1, n − k), accurate in the upper tail.</summary>
    public static double Sf(int k, int n, double p)
    {
        Validate(n, p);
        if (k < 0)
        {
            return 1;
        }
        if (k >= n)
        {
            return 0;
        }
        return SpecialFunctions.IncompleteBeta(k + 1, n - k, p);
    }

    /// <summary>The smallest k with P(X ≤ k) ≥ <paramref name="q"/>.</summary>
    public static int Quantile(double q, int n, double p)
    {
        Validate(n, p);
        ArgumentOutOfRangeException.ThrowIfLessThan(q, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(q, 1.0);
        int lo = 0, hi = n;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Cdf(mid, n, p) >= q)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static void Validate(int n, double p)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability must lie in [0, 1].");
        }
    }
}
