namespace LangGap.Metrics;

/// <summary>One system's score under one metric, with per-segment scores when they were asked for.</summary>
/// <param name="System">The system's name (its file path).</param>
/// <param name="Corpus">The corpus-level score.</param>
/// <param name="Segments">Sentence-level scores in segment order, or null.</param>
public sealed record SystemScore(string System, MetricScore Corpus, IReadOnlyList<MetricScore>? Segments);
