namespace LangGap.Statistics.Preference;

/// <summary>Win rates of A against B with ties kept apart (WR_A + WR_B + ties = 100), and Δ = WR_A − WR_B with its interval.</summary>
/// <param name="Judgements">The number of verdicts.</param>
/// <param name="Prompts">The number of prompts (resampling clusters).</param>
/// <param name="WinRateA">Percentage of verdicts for A.</param>
/// <param name="WinRateB">Percentage of verdicts for B.</param>
/// <param name="TieRate">Percentage of ties.</param>
/// <param name="Delta">WR_A − WR_B in percentage points.</param>
/// <param name="Lower">Lower end of the 95% cluster-bootstrap interval of Δ.</param>
/// <param name="Upper">Upper end of the 95% cluster-bootstrap interval of Δ.</param>
/// <param name="PValue">Two-sided p-value of Δ = 0 (cluster bootstrap, centred).</param>
/// <param name="Detail">Resamples, seed and clusters, e.g. <c>resamples:10000|seed:12345|clusters:200</c>.</param>
public sealed record WinRateResult(
    int Judgements, int Prompts, double WinRateA, double WinRateB, double TieRate,
    double Delta, double Lower, double Upper, double PValue, string Detail);
