namespace LangGap.Statistics.Agreement;

/// <summary>The best pairwise accuracy reached by treating metric differences up to ε as ties, and that ε.</summary>
/// <param name="Accuracy">The tie-calibrated acc_23 (or τ_23), averaged as requested.</param>
/// <param name="Epsilon">The smallest threshold that reaches it (metric pairs with |Δ| ≤ ε count as ties).</param>
public sealed record TieCalibrationResult(double Accuracy, double Epsilon);
