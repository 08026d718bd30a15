
using LangGap.Statistics.Resampling;

namespace LangGap.Metrics.Significance;

/// <summary>Compares systems' outputs against references with paired tests: statistics once per system and metric, then one test per metric.</summary>
public static class CorpusComparison
{
    /// <summary>Runs <paramref name="options"/>' test for every metric; <paramref name="hypotheses"/>[0] is the baseline.</summary>
    /// <param name="metrics">The metrics, in output order.</param>
    /// <param name="systems">System names, baseline first.</param>
    /// <param name="hypotheses">Each system's hypotheses, one per segment.</param>
    /// <param name="references">Reference streams: <c>references[k][i]</c> is the k-th reference of segment i.</param>
    /// <param name="options">The test and its settings.</param>
    /// <param name="cancellationToken">Stops between metrics.</param>
    public static IReadOnlyList<PairedMetricResult> Run(
        IReadOnlyList<ICorpusMetric> metrics,
        IReadOnlyList<string> systems,
        IReadOnlyList<IReadOnlyList<string>> hypotheses,
        IReadOnlyList<IReadOnlyList<string>> references,
        PairedTestOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(systems);
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(options);
        if (systems.Count != hypotheses.Count || systems.Count < 2)
        {
            throw new ArgumentException($"Expected a baseline and at least one other system with one name each, found {systems.Count} names and {hypotheses.Count} outputs.", nameof(hypotheses));
        }
        var test = new PairedCorpusTest(hypotheses[0].Count, options);
        var results = new List<PairedMetricResult>(metrics.Count);
        foreach (var metric in metrics)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // All systems at once: metrics can then keep each segment's references hot while scoring every system.
            var statistics = metric.ComputeStatistics(hypotheses, references);
            results.Add(test.Run(metric, systems, statistics, references.Count));
        }
        return results;
    }
}
