namespace LangGap.Evaluation.Scoring;

/// <summary>What <see cref="FidelityScorer"/> detected.</summary>
/// <param name="Expected">The expected language tag.</param>
/// <param name="Detected">The detected language tag, or <see langword="null"/>.</param>
/// <param name="Probability">The identifier's probability of the detected language (4 decimals).</param>
/// <param name="ExpectedShare">The share of the text identified as the expected language (4 decimals).</param>
/// <param name="Verdict"><c>pass</c>, <c>fail</c> or <c>unsure</c>.</param>
/// <param name="Reason">Why the verdict was given.</param>
public sealed record FidelityDetails(string Expected, string? Detected, double Probability, double ExpectedShare, string Verdict, string Reason) : ScoreDetails;
