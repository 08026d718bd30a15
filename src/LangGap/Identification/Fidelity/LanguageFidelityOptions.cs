namespace LangGap.Identification.Fidelity;

/// <summary>Settings of <see cref="LanguageFidelityScorer"/>.</summary>
public sealed record LanguageFidelityOptions
{
    /// <summary>Responses with fewer words are <see cref="FidelityReason.TooShort"/>. Default 3.</summary>
    public int MinWords { get; init; } = 3;

    /// <summary>A top probability below this is <see cref="FidelityReason.LowConfidence"/>. Default 0.5.</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>
    /// When the words in other languages exceed this share, a response whose top language is the expected one is
    /// <see cref="FidelityReason.Mixed"/>. Default 0.2.
    /// </summary>
    public double MaxForeignShare { get; init; } = 0.2;

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinWords, 1, nameof(MinWords));
        if (MinConfidence is < 0 or > 1 || double.IsNaN(MinConfidence))
        {
            throw new ArgumentOutOfRangeException(nameof(MinConfidence), MinConfidence, "MinConfidence must be between 0 and 1.");
        }
        if (MaxForeignShare is < 0 or > 1 || double.IsNaN(MaxForeignShare))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxForeignShare), MaxForeignShare, "MaxForeignShare must be between 0 and 1.");
        }
    }
}
