namespace LangGap.Storage;

/// <summary>One scorer's verdict on one generation: a value, or the reason there is none (unscored is not zero).</summary>
/// <param name="GenerationKey">The key of the scored generation.</param>
/// <param name="Scorer">The scorer's identity key: its name and a hash of its settings (<c>LangGap.Evaluation.Scoring.ScorerIdentity</c>, for example <c>chrf@3f0c2a9e71b4</c>).</param>
/// <param name="Value">The score; <see langword="null"/> when unscored.</param>
/// <param name="UnscoredReason">Why no score could be given; <see langword="null"/> when scored.</param>
/// <param name="DetailsJson">The scorer's typed details serialised once (<c>LangGap.Evaluation.Scoring.ScoreDetails</c>), or <see langword="null"/>.</param>
/// <param name="CreatedUtc">When the row was written.</param>
public sealed record ScoreRecord(string GenerationKey, string Scorer, double? Value, string? UnscoredReason, string? DetailsJson, DateTimeOffset CreatedUtc)
{
    /// <summary>The segment's sufficient statistics (chrF/BLEU), summed over a group for a corpus score; <see langword="null"/> for other scorers.</summary>
    public IReadOnlyList<double>? Statistics { get; init; }

    /// <summary>The score's reproducibility signature (sacrebleu style), or <see langword="null"/>.</summary>
    public string? Signature { get; init; }
}
