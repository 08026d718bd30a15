using LangGap.Metrics.Significance;
using LangGap.Statistics.Resampling;

namespace LangGap.Torch.Pruning;

/// <summary>One language pair's paired comparisons.</summary>
/// <param name="Pair">The language pair (<c>en-de</c>).</param>
/// <param name="Segments">Test segments of this pair.</param>
/// <param name="Metrics">chrF, chrF++ and BLEU, each with the baseline's row first.</param>
public sealed record PairComparison(string Pair, int Segments, IReadOnlyList<PairedMetricResult> Metrics);
