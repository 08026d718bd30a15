using LangGap.Statistics.Distributions;

namespace LangGap.Statistics.Agreement;

/// <summary>Pearson, Spearman and Kendall (τ-b, τ-c) correlations with scipy 1.10's p-values.</summary>
public static class Correlation
{
    /// <summary>Pearson's r; the p-value is from the t distribution with n − 2 degrees of freedom (scipy's exact beta form).</summary>
    public static CorrelationResult Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Validate(x, y);
        var n = x.Count;
        double mx = x.Average(), my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - mx;
            var dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0)
        {
            return new CorrelationResult(double.NaN, double.NaN);
        }
        var r = Math.Clamp(sxy / Math.Sqrt(sxx) / Math.Sqrt(syy), -1, 1);
        return new CorrelationResult(r, CorrelationPValue(r, n));
    }

    /// <summary>Spearman's ρ: Pearson's r on average ranks; the p-value is from the t distribution with n − 2 degrees of freedom.</summary>
    public static CorrelationResult Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Validate(x, y);
        return Pearson(Ranks.Average(x), Ranks.Average(y));
    }

    /// <summary>Kendall's τ-b (ties in either variable adjust the denominator); p-value exact without ties for n ≤ 33, else asymptotic with tie corrections.</summary>
    public static CorrelationResult KendallTauB(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Validate(x, y);
        var counts = KendallCounts.Compute(x, y);
        var total = counts.Total;
        if (counts.TiesX == total || counts.TiesY == total)
        {
            return new CorrelationResult(double.NaN, double.NaN);
        }
        var tau = (counts.Concordant - counts.Discordant) / Math.Sqrt(total - counts.TiesX) / Math.Sqrt(total - counts.TiesY);
        return new CorrelationResult(Math.Clamp(tau, -1, 1), KendallPValue(x, y, counts));
    }

    /// <summary>Kendall's τ-c (Stuart's): 2(C − D) / (n²(m − 1)/m), m the smaller number of distinct values; same p-value as τ-b.</summary>
    public static CorrelationResult KendallTauC(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Validate(x, y);
        var counts = KendallCounts.Compute(x, y);
        if (counts.TiesX == counts.Total || counts.TiesY == counts.Total)
        {
            return new CorrelationResult(double.NaN, double.NaN);
        }
        return new CorrelationResult(Math.Clamp(TauC(x, y, counts), -1, 1), KendallPValue(x, y, counts));
    }

    internal static double TauC(IReadOnlyList<double> x, IReadOnlyList<double> y, KendallCounts counts)
    {
        double n = x.Count;
        double classes = Math.Min(x.Distinct().Count(), y.Distinct().Count());
        return 2.0 * (counts.Concordant - counts.Discordant) / (n * n * (classes - 1) / classes);
    }

    private static double KendallPValue(IReadOnlyList<double> x, IReadOnlyList<double> y, KendallCounts counts)
    {
        var n = x.Count;
        var total = counts.Total;
        if (counts.TiesX == 0 && counts.TiesY == 0 && (n <= 33 || Math.Min(counts.Discordant, total - counts.Discordant) <= 1))
        {
            return KendallExact.PValue(n, total - counts.Discordant);
        }
        // Variance of C − D under independence with ties (Kendall, 1970), as scipy computes it.
        var (x0, x1) = TieTerms(x);
        var (y0, y1) = TieTerms(y);
        double m = n * (n - 1.0);
        var variance = (m * (2.0 * n + 5) - x1 - y1) / 18
            + 2.0 * counts.TiesX * counts.TiesY / m
            + x0 * y0 / (9 * m * (n - 2));
        var z = (counts.Concordant - counts.Discordant) / Math.Sqrt(variance);
        return NormalDistribution.TwoSidedPValue(z);
    }

    private static (double V0, double V1) TieTerms(IReadOnlyList<double> values)
    {
        double v0 = 0, v1 = 0;
        foreach (double t in Ranks.TieGroupSizes(values))
        {
            v0 += t * (t - 1) * (t - 2);
            v1 += t * (t - 1) * (2 * t + 5);
        }
        return (v0, v1);
    }

    private static double CorrelationPValue(double r, int n)
    {
        if (n < 3)
        {
            return double.NaN;
        }
        if (Math.Abs(r) == 1)
        {
            return 0;
        }
        var t = r * Math.Sqrt((n - 2) / ((1 - r) * (1 + r)));
        return StudentTDistribution.TwoSidedPValue(t, n - 2);
    }

    private static void Validate(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"Expected as many y values as x values ({x.Count}), found {y.Count}.", nameof(y));
        }
        if (x.Count < 2)
        {
            throw new ArgumentException($"A correlation needs at least two pairs, found {x.Count}.", nameof(x));
        }
    }
}
