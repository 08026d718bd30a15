namespace LangGap.Evaluation.Scoring;

/// <summary>What <see cref="ReferenceMetricScorer"/> records beside the segment statistics and signature (which travel in <see cref="Score"/>).</summary>
/// <param name="References">How many references the segment was scored against.</param>
public sealed record ReferenceMetricDetails(int References) : ScoreDetails;
