namespace LangGap.Evaluation.Scoring;

/// <summary>What <see cref="JudgeScorer"/> asked and was told.</summary>
/// <param name="Judge">The judge model's id.</param>
/// <param name="Language">The language the answer should be in (English name).</param>
/// <param name="Rationale">The judge's whole reply.</param>
public sealed record JudgeDetails(string Judge, string Language, string Rationale) : ScoreDetails;
