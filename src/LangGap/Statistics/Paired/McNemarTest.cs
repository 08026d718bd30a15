using LangGap.Statistics.Distributions;

namespace LangGap.Statistics.Paired;

/// <summary>McNemar's exact test for paired binary outcomes (correct / harmful: yes or no).</summary>
/// <remarks>
/// Only discordant pairs matter: b = pairs where A is 1 and B is 0, c = pairs where A is 0 and B is 1. Under the null
/// hypothesis b ~ Binomial(b + c, ½); the two-sided p-value is min(1, 2·P(X ≤ min(b, c))), as scipy's
/// <c>binomtest(b, b + c)</c> and statsmodels' <c>mcnemar(exact=True)</c> give.
/// </remarks>
public static class McNemarTest
{
    /// <summary>The exact two-sided p-value from the discordant counts.</summary>
    public static double ExactPValue(int b, int c)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfNegative(c);
        var n = b + c;
        return n == 0 ? 1.0 : Math.Min(1.0, 2 * BinomialDistribution.Cdf(Math.Min(b, c), n, 0.5));
    }

    /// <summary>Runs the test on paired outcomes, each 0 or 1; every sample must be its own cluster.</summary>
    public static PairedTestResult Run(PairedScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.ClusterCount != scores.Count)
        {
            throw new ArgumentException("McNemar's test needs independent pairs; average or pick one generation per prompt first.", nameof(scores));
        }
        int b = 0, c = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var (x, y) = (scores.A[i], scores.B[i]);
            if ((x != 0 && x != 1) || (y != 0 && y != 1))
            {
                throw new ArgumentException($"McNemar's test needs binary outcomes (0 or 1), found {x} and {y} at sample {i}.", nameof(scores));
            }
            b += x == 1 && y == 0 ? 1 : 0;
            c += x == 0 && y == 1 ? 1 : 0;
        }
        return new PairedTestResult(
            "mcnemar", scores.Count, scores.Count, scores.A.Average(), scores.B.Average(), scores.MeanDifference,
            null, null, Math.Min(b, c), ExactPValue(b, c), $"exact|b:{b}|c:{c}");
    }
}
