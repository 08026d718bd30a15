using LangGap.Statistics.Distributions;

namespace LangGap.Statistics.Aggregation;

/// <summary>Per-group means with t-based confidence intervals and the language-gap summary over groups.</summary>
/// <remarks>
/// A group's interval is mean ± t_{(1+c)/2, n−1}·s/√n (s the sample standard deviation), exact for normal scores and a
/// good approximation for means of bounded scores at the sample sizes of evaluation sets. The macro average weights every
/// group equally, whatever its size.
/// </remarks>
public static class GroupAggregation
{
    /// <summary>The mean of <paramref name="values"/> with its t-based interval.</summary>
    public static GroupEstimate Estimate(string group, IReadOnlyList<double> values, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException($"Group '{group}' has no scored samples.", nameof(values));
        }
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie strictly between 0 and 1.");
        }
        var n = values.Count;
        var mean = values.Average();
        if (n == 1)
        {
            return new GroupEstimate(group, 1, mean, double.NaN, double.NaN);
        }
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var half = StudentTDistribution.Quantile(0.5 + confidence / 2, n - 1) * sd / Math.Sqrt(n);
        return new GroupEstimate(group, n, mean, mean - half, mean + half);
    }

    /// <summary>Groups (group, value) samples and summarises the gap between groups.</summary>
    /// <param name="samples">One scored sample per entry.</param>
    /// <param name="referenceGroup">The group to measure gaps against (e.g. <c>en</c>); ignored when absent from the data.</param>
    /// <param name="higherIsBetter">Whether a higher mean is better (false for error or harm rates).</param>
    /// <param name="confidence">The confidence level of each group's interval.</param>
    public static GapSummary Summarize(IEnumerable<(string Group, double Value)> samples, string? referenceGroup = "en", bool higherIsBetter = true, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var groups = samples
            .GroupBy(s => s.Group, StringComparer.Ordinal)
            .Select(g => Estimate(g.Key, g.Select(s => s.Value).ToArray(), confidence))
            .ToArray();
        if (groups.Length == 0)
        {
            throw new ArgumentException("Expected at least one scored sample, found none.", nameof(samples));
        }
        var ordered = groups.OrderBy(g => g.Mean).ToArray();
        var (worst, best) = higherIsBetter ? (ordered[0], ordered[^1]) : (ordered[^1], ordered[0]);
        var reference = groups.FirstOrDefault(g => g.Group == referenceGroup);
        var gaps = reference is null
            ? new Dictionary<string, double>()
            : groups.ToDictionary(g => g.Group, g => g.Mean - reference.Mean, StringComparer.Ordinal);
        return new GapSummary(groups, groups.Average(g => g.Mean), worst, best, Math.Abs(best.Mean - worst.Mean), reference?.Group, gaps);
    }
}
