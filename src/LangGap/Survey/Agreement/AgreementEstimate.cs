namespace LangGap.Survey.Agreement;

/// <summary>An agreement statistic with its percentile bootstrap interval.</summary>
/// <param name="Value">The statistic on all papers; NaN when undefined (no papers, or κ with a single label throughout).</param>
/// <param name="Lower">Lower end of the 95% interval; NaN when undefined.</param>
/// <param name="Upper">Upper end of the 95% interval; NaN when undefined.</param>
/// <param name="Count">Papers the statistic uses (for precision and recall: the denominator).</param>
public sealed record AgreementEstimate(double Value, double Lower, double Upper, int Count);
