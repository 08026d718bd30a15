using LangGap.Statistics.Paired;
using LangGap.Statistics.Resampling;

namespace LangGap.Statistics.Preference;

/// <summary>Win rates from A / B / tie verdicts, with a confidence interval and p-value for Δ = WR_A − WR_B.</summary>
/// <remarks>
/// Each verdict becomes a pair of scores (A wins: 1, 0; B wins: 0, 1; tie: 0, 0), so Δ is their mean difference and the
/// interval and p-value come from <see cref="PairedBootstrapTest"/>, resampling prompts (several verdicts per prompt,
/// e.g. 5 samples at temperature 1, or both A/B orders, stay together).
/// </remarks>
public static class WinRates
{
    /// <summary>Computes the win rates; <paramref name="prompts"/> names each verdict's prompt (null: each verdict is its own).</summary>
    public static WinRateResult Compute(IReadOnlyList<Verdict> verdicts, IReadOnlyList<string>? prompts = null, int resamples = PairedBootstrapTest.DefaultResamples, ulong seed = PairedTestOptions.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        if (verdicts.Count == 0)
        {
            throw new ArgumentException("Expected at least one verdict, found none.", nameof(verdicts));
        }
        var a = verdicts.Select(v => v == Verdict.A ? 100.0 : 0.0).ToArray();
        var b = verdicts.Select(v => v == Verdict.B ? 100.0 : 0.0).ToArray();
        var test = PairedBootstrapTest.Run(new PairedScores(a, b, prompts), resamples, seed);
        double n = verdicts.Count;
        return new WinRateResult(
            verdicts.Count, test.Clusters,
            100 * verdicts.Count(v => v == Verdict.A) / n,
            100 * verdicts.Count(v => v == Verdict.B) / n,
            100 * verdicts.Count(v => v == Verdict.Tie) / n,
            test.Difference, test.Lower!.Value, test.Upper!.Value, test.PValue, test.Detail);
    }
}
