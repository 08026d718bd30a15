using LangGap.Statistics.Distributions;

namespace LangGap.Statistics;

/// <summary>Confidence intervals for a binomial proportion k/n, as scipy's <c>binomtest(k, n).proportion_ci</c> gives them.</summary>
public static class ProportionInterval
{
    /// <summary>Wilson's score interval (Newcombe's form); the end is exactly 0 when k = 0 and 1 when k = n.</summary>
    public static ConfidenceInterval Wilson(int k, int n, double confidence = 0.95) => WilsonCore(k, n, confidence, false);

    /// <summary>Wilson's score interval with continuity correction (Newcombe, 1998).</summary>
    public static ConfidenceInterval WilsonCorrected(int k, int n, double confidence = 0.95) => WilsonCore(k, n, confidence, true);

    /// <summary>The Clopper–Pearson exact interval: beta quantiles Beta(α/2; k, n − k + 1) and Beta(1 − α/2; k + 1, n − k).</summary>
    public static ConfidenceInterval ClopperPearson(int k, int n, double confidence = 0.95)
    {
        Validate(k, n, confidence);
        var tail = (1 - confidence) / 2;
        var lower = k == 0 ? 0.0 : BetaDistribution.Quantile(tail, k, n - k + 1);
        var upper = k == n ? 1.0 : BetaDistribution.Quantile(1 - tail, k + 1, n - k);
        return new ConfidenceInterval(lower, upper, confidence);
    }

    private static ConfidenceInterval WilsonCore(int k, int n, double confidence, bool correction)
    {
        Validate(k, n, confidence);
        var z = NormalDistribution.Quantile(0.5 + 0.5 * confidence);
        var p = (double)k / n;
        var q = 1 - p;
        var denominator = 2 * (n + z * z);
        var centre = (2 * n * p + z * z) / denominator;
        double lower, upper;
        if (correction)
        {
            lower = k == 0 ? 0.0 : centre - (1 + z * Math.Sqrt(z * z - 2 - 1.0 / n + 4 * p * (n * q + 1))) / denominator;
            upper = k == n ? 1.0 : centre + (1 + z * Math.Sqrt(z * z + 2 - 1.0 / n + 4 * p * (n * q - 1))) / denominator;
        }
        else
        {
            var delta = z / denominator * Math.Sqrt(4 * n * p * q + z * z);
            lower = k == 0 ? 0.0 : centre - delta;
            upper = k == n ? 1.0 : centre + delta;
        }
        return new ConfidenceInterval(lower, upper, confidence);
    }

    private static void Validate(int k, int n, double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        if (k < 0 || k > n)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"The number of successes must lie in [0, {n}].");
        }
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie strictly between 0 and 1.");
        }
    }
}
