using LangGap.Evaluation.Aggregation;

namespace LangGap.Synthesis.Profiles;

/// <summary>One attribute's distribution in one language: n, mean with its interval, and quantiles.</summary>
/// <param name="Attribute">The attribute name.</param>
/// <param name="Count">Scored rows.</param>
/// <param name="Unscored">Rows the attribute could not score (excluded, not zero).</param>
/// <param name="Mean">The mean, or null when no row was scored.</param>
/// <param name="Lower">The interval's lower end, or null.</param>
/// <param name="Upper">The interval's upper end, or null.</param>
/// <param name="Interval">How the interval was made (from the attribute's descriptor: Wilson for binary, Student t otherwise).</param>
/// <param name="Quantiles">Minimum, 25th percentile, median, 75th percentile, maximum (linear interpolation), empty when no row was scored.</param>
/// <param name="Values">The scored values, in row order (for charts and comparisons).</param>
/// <param name="UnscoredReasons">The distinct reasons for unscored rows, most frequent first.</param>
public sealed record AttributeSummary(
    string Attribute,
    int Count,
    int Unscored,
    double? Mean,
    double? Lower,
    double? Upper,
    IntervalMethod Interval,
    IReadOnlyList<double> Quantiles,
    IReadOnlyList<double> Values,
    IReadOnlyList<string> UnscoredReasons);
