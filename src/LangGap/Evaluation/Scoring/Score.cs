namespace LangGap.Evaluation.Scoring;

/// <summary>A scorer's verdict: a value, or the reason no value could be given.</summary>
/// <remarks>Unscored is not zero: an unscored item is excluded from means and counted separately.</remarks>
/// <param name="Value">The score, or <see langword="null"/> when unscored.</param>
/// <param name="UnscoredReason">Why there is no score; <see langword="null"/> when scored.</param>
/// <param name="DetailsJson">Scorer-specific details as a JSON object (extracted answer, rationale, …), or <see langword="null"/>.</param>
public sealed record Score(double? Value, string? UnscoredReason, string? DetailsJson)
{
    /// <summary>A scored verdict.</summary>
    public static Score Of(double value, string? detailsJson = null) => new(value, null, detailsJson);

    /// <summary>An unscored verdict with its reason.</summary>
    public static Score Unscored(string reason, string? detailsJson = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new Score(null, reason, detailsJson);
    }

    /// <summary>Whether a value was given.</summary>
    public bool IsScored => Value is not null;
}
