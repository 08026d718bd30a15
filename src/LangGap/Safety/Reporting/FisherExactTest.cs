using LangGap.Statistics.Distributions;

namespace LangGap.Safety.Reporting;

/// <summary>Fisher's exact test of two proportions k1/n1 and k2/n2, two-sided as scipy's <c>fisher_exact</c> gives it.</summary>
/// <remarks>The p-value sums the hypergeometric probabilities of every table with the same margins that is no more likely than the observed one (relative tolerance 1e-7).</remarks>
internal static class FisherExactTest
{
    public static double PValue(int k1, int n1, int k2, int n2)
    {
        var total = k1 + k2;
        var n = n1 + n2;
        var low = Math.Max(0, total - n2);
        var high = Math.Min(total, n1);
        var observed = LogProbability(k1, n1, n2, total);
        var p = 0.0;
        for (var x = low; x <= high; x++)
        {
            var lp = LogProbability(x, n1, n2, total);
            if (lp <= observed + 1e-7)
            {
                p += Math.Exp(lp);
            }
        }
        return Math.Min(1.0, p);
    }

    private static double LogProbability(int x, int n1, int n2, int total) =>
        LogChoose(n1, x) + LogChoose(n2, total - x) - LogChoose(n1 + n2, total);

    private static double LogChoose(int n, int k) =>
        SpecialFunctions.LogGamma(n + 1) - SpecialFunctions.LogGamma(k + 1) - SpecialFunctions.LogGamma(n - k + 1);
}
