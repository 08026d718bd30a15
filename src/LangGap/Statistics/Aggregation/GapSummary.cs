namespace LangGap.Statistics.Aggregation;

/// <summary>The language-gap view of per-group means: macro average, worst and best group, max–min gap, gaps to a reference group.</summary>
/// <param name="Groups">Every group's estimate, in first-seen order.</param>
/// <param name="MacroAverage">The unweighted mean of the group means.</param>
/// <param name="Worst">The group with the worst mean.</param>
/// <param name="Best">The group with the best mean.</param>
/// <param name="MaxMinGap">|best mean − worst mean|.</param>
/// <param name="ReferenceGroup">The group gaps are measured against (e.g. <c>en</c>), or null when absent.</param>
/// <param name="GapToReference">Per group: its mean minus the reference group's mean (empty when there is no reference).</param>
public sealed record GapSummary(
    IReadOnlyList<GroupEstimate> Groups,
    double MacroAverage,
    GroupEstimate Worst,
    GroupEstimate Best,
    double MaxMinGap,
    string? ReferenceGroup,
    IReadOnlyDictionary<string, double> GapToReference);
