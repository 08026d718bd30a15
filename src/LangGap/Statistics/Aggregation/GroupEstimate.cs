namespace LangGap.Statistics.Aggregation;

/// <summary>One group's (language's) mean score with its confidence interval.</summary>
/// <param name="Group">The group's name, e.g. a language code.</param>
/// <param name="Count">The number of scored samples (unscored ones are excluded before aggregation).</param>
/// <param name="Mean">The mean score.</param>
/// <param name="Lower">The lower end of the t-based interval (NaN for a single sample).</param>
/// <param name="Upper">The upper end of the t-based interval (NaN for a single sample).</param>
public sealed record GroupEstimate(string Group, int Count, double Mean, double Lower, double Upper);
