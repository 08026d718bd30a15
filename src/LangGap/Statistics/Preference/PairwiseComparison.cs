namespace LangGap.Statistics.Preference;

/// <summary>One judged comparison between two models' responses.</summary>
/// <param name="ModelA">The model in position A.</param>
/// <param name="ModelB">The model in position B.</param>
/// <param name="Verdict">The judge's verdict.</param>
/// <param name="Prompt">The prompt's id; comparisons on one prompt are resampled together (null: each comparison alone).</param>
public sealed record PairwiseComparison(string ModelA, string ModelB, Verdict Verdict, string? Prompt = null);
