using LangGap.Statistics.Distributions;

namespace LangGap.Statistics;

/// <summary>Minimum detectable effects and sample sizes for paired comparisons (two-sided tests).</summary>
/// <remarks>
/// <para>Paired continuous (paired t-test, normal approximation): δ = (z_{1−α/2} + z_{power})·σ_d/√n, where σ_d is the
/// standard deviation of the per-item differences; n = ⌈((z_{1−α/2} + z_{power})·σ_d/δ)²⌉.</para>
/// <para>Paired binary (McNemar, Connor 1987): with ψ the probability that a pair is discordant and δ = p₁₀ − p₀₁
/// the difference in success rates, n = (z_{1−α/2}·√ψ + z_{power}·√(ψ − δ²))² / δ². The minimum detectable δ for a given
/// n solves that equation (by bisection on 0 &lt; δ ≤ ψ).</para>
/// </remarks>
public static class PowerAnalysis
{
    /// <summary>The smallest mean paired difference a paired test detects with the given power.</summary>
    public static double MinimumDetectableDifference(int n, double standardDeviationOfDifferences, double alpha = 0.05, double power = 0.8)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfNegative(standardDeviationOfDifferences);
        return Z(alpha, power) * standardDeviationOfDifferences / Math.Sqrt(n);
    }

    /// <summary>The number of pairs needed to detect a mean paired difference <paramref name="difference"/>.</summary>
    public static int PairsForDifference(double difference, double standardDeviationOfDifferences, double alpha = 0.05, double power = 0.8)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Math.Abs(difference), nameof(difference));
        var root = Z(alpha, power) * standardDeviationOfDifferences / Math.Abs(difference);
        return (int)Math.Ceiling(root * root);
    }

    /// <summary>The smallest difference in success rates (p₁₀ − p₀₁) McNemar's test detects, given the discordant-pair probability ψ.</summary>
    public static double MinimumDetectableBinaryDifference(int n, double discordantProbability, double alpha = 0.05, double power = 0.8)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ValidateProbability(discordantProbability, nameof(discordantProbability));
        double lo = 0, hi = discordantProbability;
        if (BinaryPairs(hi, discordantProbability, alpha, power) > n)
        {
            return double.NaN;
        }
        for (var i = 0; i < 200 && hi - lo > 1e-15; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (BinaryPairs(mid, discordantProbability, alpha, power) > n)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return hi;
    }

    /// <summary>The number of pairs McNemar's test needs to detect a difference <paramref name="difference"/> in success rates.</summary>
    public static int PairsForBinaryDifference(double difference, double discordantProbability, double alpha = 0.05, double power = 0.8)
    {
        ValidateProbability(discordantProbability, nameof(discordantProbability));
        var d = Math.Abs(difference);
        if (d == 0 || d > discordantProbability)
        {
            throw new ArgumentOutOfRangeException(nameof(difference), difference, "The difference must be non-zero and at most the discordant probability.");
        }
        return (int)Math.Ceiling(BinaryPairs(d, discordantProbability, alpha, power));
    }

    private static double BinaryPairs(double d, double psi, double alpha, double power)
    {
        var za = NormalDistribution.Quantile(1 - alpha / 2);
        var zb = NormalDistribution.Quantile(power);
        var root = za * Math.Sqrt(psi) + zb * Math.Sqrt(Math.Max(0, psi - d * d));
        return root * root / (d * d);
    }

    private static double Z(double alpha, double power)
    {
        ValidateProbability(alpha, nameof(alpha));
        ValidateProbability(power, nameof(power));
        return NormalDistribution.Quantile(1 - alpha / 2) + NormalDistribution.Quantile(power);
    }

    private static void ValidateProbability(double value, string name)
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must lie strictly between 0 and 1.");
        }
    }
}
