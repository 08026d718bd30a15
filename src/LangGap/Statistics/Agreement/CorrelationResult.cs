namespace LangGap.Statistics.Agreement;

/// <summary>A correlation coefficient with its two-sided p-value (NaN when undefined, e.g. a constant input).</summary>
/// <param name="Coefficient">The coefficient in [−1, 1].</param>
/// <param name="PValue">The two-sided p-value of no association, as scipy computes it.</param>
public sealed record CorrelationResult(double Coefficient, double PValue);
