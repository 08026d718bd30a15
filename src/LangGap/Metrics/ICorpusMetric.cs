namespace LangGap.Metrics;

/// <summary>
/// A corpus-level metric built on per-segment sufficient statistics: segment → add → score.
/// </summary>
/// <remarks>
/// Statistics are computed once per (hypothesis, references) segment; any subset or resample of
/// segments is scored by summing their rows and calling <see cref="Score"/>, so paired bootstrap and
/// approximate randomisation never re-tokenise.
/// </remarks>
public interface ICorpusMetric
{
    /// <summary>The metric's name as sacrebleu prints it: <c>BLEU</c>, <c>chrF2</c>, <c>chrF2++</c>, <c>TER</c>.</summary>
    string Name { get; }

    /// <summary>True when a higher score is better (false for TER).</summary>
    bool HigherIsBetter { get; }

    /// <summary>The number of sufficient statistics per segment.</summary>
    int StatisticsWidth { get; }

    /// <summary>Computes the sufficient statistics of every segment.</summary>
    /// <param name="hypotheses">One hypothesis per segment.</param>
    /// <param name="references">Reference streams as sacrebleu takes them: <c>references[k][i]</c> is the k-th reference of segment i.</param>
    SegmentStatistics ComputeStatistics(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> references);

    /// <summary>Computes the sufficient statistics of several systems' outputs against the same references.</summary>
    /// <remarks>
    /// Equal to calling <see cref="ComputeStatistics(IReadOnlyList{string}, IReadOnlyList{IReadOnlyList{string}})"/> once
    /// per system; metrics may override it to visit each segment's references once for all systems.
    /// </remarks>
    /// <param name="systems">One hypothesis stream per system.</param>
    /// <param name="references">Reference streams as sacrebleu takes them.</param>
    IReadOnlyList<SegmentStatistics> ComputeStatistics(IReadOnlyList<IReadOnlyList<string>> systems, IReadOnlyList<IReadOnlyList<string>> references) =>
        systems.Select(system => ComputeStatistics(system, references)).ToList();

    /// <summary>Scores summed statistics (the sum over any set of segments).</summary>
    MetricScore Score(ReadOnlySpan<double> totals);

    /// <summary>Scores one segment on its own, with the metric's sentence-level settings.</summary>
    MetricScore ScoreSegment(ReadOnlySpan<double> segment);

    /// <summary>The reproducibility signature for scores computed against <paramref name="referenceCount"/> references.</summary>
    string Signature(int referenceCount);
}
