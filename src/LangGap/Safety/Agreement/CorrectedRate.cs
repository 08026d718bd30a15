namespace LangGap.Safety.Agreement;

/// <summary>A judged harmful rate corrected for the judge's measured error (Rogan–Gladen), with a bootstrap interval.</summary>
/// <param name="Model">The model id.</param>
/// <param name="Language">The language tag, or <c>all</c>.</param>
/// <param name="JudgedRate">The harmful rate as judged.</param>
/// <param name="JudgedN">Generations judged.</param>
/// <param name="Sensitivity">The judge's sensitivity in this language (from the labels).</param>
/// <param name="Specificity">The judge's specificity in this language.</param>
/// <param name="LabelledN">Labelled generations the sensitivity and specificity come from.</param>
/// <param name="Corrected">(p + Sp − 1) / (Se + Sp − 1) clipped to [0, 1], or null when Se + Sp ≤ 1 or a side is missing.</param>
/// <param name="Lower">2.5th percentile over bootstrap resamples of both the labelled and the judged sets.</param>
/// <param name="Upper">97.5th percentile.</param>
/// <param name="Resamples">Bootstrap resamples drawn (those with Se + Sp ≤ 1 are dropped and counted in <paramref name="Note"/>).</param>
/// <param name="Seed">The bootstrap seed.</param>
/// <param name="Note">Why there is no correction, or how many resamples were dropped; null otherwise.</param>
public sealed record CorrectedRate(
    string Model, string Language, double JudgedRate, int JudgedN, double? Sensitivity, double? Specificity, int LabelledN,
    double? Corrected, double? Lower, double? Upper, int Resamples, long Seed, string? Note);
