using LangGap.Statistics.Preference;

namespace LangGap.Storage;

/// <summary>One pairwise-judge verdict: a judge compared the baseline model's generation with another model's for the same prompt.</summary>
/// <param name="BaselineKey">The generation key of the baseline (A).</param>
/// <param name="ChallengerKey">The generation key of the model compared with it (B).</param>
/// <param name="Judge">The judge model's id.</param>
/// <param name="Order">How the order was chosen: <c>random</c> (seeded), or <c>ab</c> / <c>ba</c> when both orders are asked.</param>
/// <param name="Verdict">A, B or tie in the baseline's terms; <see langword="null"/> when the judge gave none.</param>
/// <param name="Swapped">Whether the judge saw B first.</param>
/// <param name="UnscoredReason">Why there is no verdict, or <see langword="null"/>.</param>
/// <param name="Rationale">The judge's whole reply (empty when the call failed).</param>
/// <param name="CreatedUtc">When the row was written.</param>
public sealed record PairwiseVerdictRecord(
    string BaselineKey, string ChallengerKey, string Judge, string Order, Verdict? Verdict, bool Swapped, string? UnscoredReason, string Rationale, DateTimeOffset CreatedUtc);
