namespace LangGap.Synthesis.Candidates;

/// <summary>One attribute of one candidate: a value, or why there is none (unscored is not zero).</summary>
/// <param name="Value">The value, or <see langword="null"/> when unscored.</param>
/// <param name="UnscoredReason">Why there is no value, or <see langword="null"/>.</param>
/// <param name="DetailsJson">The scorer's details (a judge's rationale, the detected language), or <see langword="null"/>.</param>
public sealed record AttributeValue(double? Value, string? UnscoredReason, string? DetailsJson);
