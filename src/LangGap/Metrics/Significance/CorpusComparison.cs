
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
    /// <param name="cancellationToken">Stops the metrics not yet started.</param>
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
        // The resamples (or masks) are drawn while the first statistics are computed, and the metrics run side by side:
        // each alternates parallel phases with short serial ones (preparing references, the last system's test), which
        // the other metric fills. Results keep the metrics' order and do not depend on the interleaving.
        var draw = Task.Run(test.Prepare, cancellationToken);
        var results = new PairedMetricResult[metrics.Count];
        MetricParallel.For(metrics.Count, m =>
        {
            // All systems at once: metrics can then keep each segment's references hot while scoring every system.
            var statistics = metrics[m].ComputeStatistics(hypotheses, references);
            results[m] = test.Run(metrics[m], systems, statistics, references.Count);
        }, cancellationToken);
        draw.GetAwaiter().GetResult();
        return results;
    }
}
