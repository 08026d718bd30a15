namespace LangGap.Evaluation.Scoring;

/// <summary>What <see cref="NumericMatchScorer"/> compared.</summary>
/// <param name="Extracted">The number found in the output (invariant culture), or <see langword="null"/> when there was none.</param>
/// <param name="Expected">The reference number.</param>
public sealed record NumericMatchDetails(string? Extracted, string Expected) : ScoreDetails;
