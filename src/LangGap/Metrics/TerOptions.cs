namespace LangGap.Metrics;

/// <summary>TER settings with sacrebleu's defaults: case-insensitive, no normalisation, punctuation kept, no Asian support.</summary>
/// <remarks>Every combination is valid; <see cref="AsianSupport"/> only has an effect with <see cref="Normalized"/> or <see cref="NoPunct"/>.</remarks>
public sealed record TerOptions
{
    /// <summary>Applies tercom's general and Western normalisation (default false).</summary>
    public bool Normalized { get; init; }

    /// <summary>Removes punctuation (default false).</summary>
    public bool NoPunct { get; init; }

    /// <summary>Splits CJK characters and handles CJK punctuation (default false).</summary>
    public bool AsianSupport { get; init; }

    /// <summary>Keeps case (default false: TER lower-cases, and the signature says <c>case:lc</c>).</summary>
    public bool CaseSensitive { get; init; }
}
