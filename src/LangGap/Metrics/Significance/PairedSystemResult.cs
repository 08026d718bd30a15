namespace LangGap.Metrics.Significance;

/// <summary>One system's row of a paired test against the baseline (the first system).</summary>
/// <param name="System">The system's name.</param>
/// <param name="Score">The actual corpus score.</param>
/// <param name="Mean">The bootstrap mean (bootstrap only).</param>
/// <param name="Ci">The half-width of the 95% bootstrap interval: half the distance between the 2.5th and 97.5th percentile resample scores (bootstrap only).</param>
/// <param name="PValue">The p-value of the difference from the baseline, (c + 1)/(n + 1); null for the baseline.</param>
/// <param name="PAdjusted">The p-value after the multiplicity correction; null for the baseline.</param>
public sealed record PairedSystemResult(string System, double Score, double? Mean, double? Ci, double? PValue, double? PAdjusted);
