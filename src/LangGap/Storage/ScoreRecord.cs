namespace LangGap.Storage;

/// <summary>One scorer's verdict on one generation: a value, or the reason there is none (unscored is not zero).</summary>
/// <param name="GenerationKey">The key of the scored generation.</param>
/// <param name="Scorer">The scorer's name, including settings that change its values (for example <c>numeric-match</c>).</param>
/// <param name="Value">The score; <see langword="null"/> when unscored.</param>
/// <param name="UnscoredReason">Why no score could be given; <see langword="null"/> when scored.</param>
/// <param name="DetailsJson">Scorer-specific details as JSON (extracted answer, judge rationale, …), or <see langword="null"/>.</param>
/// <param name="CreatedUtc">When the row was written.</param>
public sealed record ScoreRecord(string GenerationKey, string Scorer, double? Value, string? UnscoredReason, string? DetailsJson, DateTimeOffset CreatedUtc);
