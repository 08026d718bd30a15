using LangGap.Statistics.Preference;

namespace LangGap.Evaluation.Scoring;

/// <summary>A pairwise judge's verdict on two outputs, in the caller's A/B terms, with the judge's rationale.</summary>
/// <param name="Verdict">A, B or tie; <see langword="null"/> when the judge gave no verdict (see <paramref name="UnscoredReason"/>).</param>
/// <param name="Rationale">The judge's whole reply (empty when the call failed).</param>
/// <param name="Swapped">Whether the judge saw B first (order randomised).</param>
/// <param name="UnscoredReason">Why there is no verdict, or <see langword="null"/>.</param>
public sealed record PairwiseJudgement(Verdict? Verdict, string Rationale, bool Swapped, string? UnscoredReason);
