namespace LangGap.Evaluation.Scoring;

/// <summary>A scorer's verdict: a value, or the reason no value could be given.</summary>
/// <remarks>Unscored is not zero: an unscored item is excluded from means and counted separately.</remarks>
/// <param name="Value">The score, or <see langword="null"/> when unscored.</param>
/// <param name="UnscoredReason">Why there is no score; <see langword="null"/> when scored.</param>
/// <param name="Details">The scorer's typed details (extracted answer, rationale, …), or <see langword="null"/>.</param>
public sealed record Score(double? Value, string? UnscoredReason, ScoreDetails? Details)
{
    /// <summary>The segment's sufficient statistics, for scorers with a <see cref="CorpusAggregation"/>; else <see langword="null"/>.</summary>
    public IReadOnlyList<double>? Statistics { get; init; }

    /// <summary>The score's reproducibility signature (sacrebleu style), or <see langword="null"/>.</summary>
    public string? Signature { get; init; }

    /// <summary>A scored verdict.</summary>
    public static Score Of(double value, ScoreDetails? details = null) => new(value, null, details);

    /// <summary>An unscored verdict with its reason.</summary>
    public static Score Unscored(string reason, ScoreDetails? details = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new Score(null, reason, details);
    }

    /// <summary>Whether a value was given.</summary>
    public bool IsScored => Value is not null;
}
