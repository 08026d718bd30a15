namespace LangGap.Metrics;

/// <summary>Scores several systems against the same references with several metrics (the library side of <c>langgap score</c>).</summary>
public static class CorpusScorer
{
    /// <summary>Scores every system with every metric, systems in the given order, metrics in the given order within each.</summary>
    /// <param name="references">The reference files; each must have one line per segment.</param>
    /// <param name="systems">The system outputs; each must have as many lines as the references.</param>
    /// <param name="metrics">The metrics to compute.</param>
    /// <param name="includeSegments">Also computes sentence-level scores.</param>
    /// <exception cref="InvalidInputException">A file's line count differs from the first reference's.</exception>
    public static IReadOnlyList<SystemScore> Score(
        IReadOnlyList<NamedLines> references, IReadOnlyList<NamedLines> systems, IReadOnlyList<ICorpusMetric> metrics, bool includeSegments)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(systems);
        ArgumentNullException.ThrowIfNull(metrics);
        if (references.Count == 0)
        {
            throw new ArgumentException("Expected at least one reference file, found none.", nameof(references));
        }
        var first = references[0];
        foreach (var file in references.Skip(1).Concat(systems))
        {
            if (file.Lines.Count != first.Lines.Count)
            {
                throw new InvalidInputException(
                    $"'{file.Name}' has {Lines(file.Lines.Count)} but '{first.Name}' has {Lines(first.Lines.Count)}; every file must have one line per segment.");
            }
        }
        static string Lines(int count) => count == 1 ? "1 line" : $"{count} lines";

        var referenceStreams = references.Select(r => r.Lines).ToArray();
        var systemStreams = systems.Select(s => s.Lines).ToArray();
        // Metrics side by side: one's serial phases (preparing references) overlap the other's parallel ones.
        var perMetric = new IReadOnlyList<SegmentStatistics>[metrics.Count];
        MetricParallel.For(metrics.Count, m => perMetric[m] = metrics[m].ComputeStatistics(systemStreams, referenceStreams));
        var results = new List<SystemScore>(systems.Count * metrics.Count);
        for (var s = 0; s < systems.Count; s++)
        {
            for (var m = 0; m < metrics.Count; m++)
            {
                var metric = metrics[m];
                var statistics = perMetric[m][s];
                var corpus = metric.Score(statistics.Total());
                IReadOnlyList<MetricScore>? segments = null;
                if (includeSegments)
                {
                    var list = new MetricScore[statistics.Count];
                    for (var i = 0; i < list.Length; i++)
                    {
                        list[i] = metric.ScoreSegment(statistics.Row(i));
                    }
                    segments = list;
                }
                results.Add(new SystemScore(systems[s].Name, corpus, segments));
            }
        }
        return results;
    }
}
