namespace LangGap.Statistics;

/// <summary>A two-sided confidence interval.</summary>
/// <param name="Lower">The lower end.</param>
/// <param name="Upper">The upper end.</param>
/// <param name="Confidence">The confidence level, e.g. 0.95.</param>
public sealed record ConfidenceInterval(double Lower, double Upper, double Confidence);
