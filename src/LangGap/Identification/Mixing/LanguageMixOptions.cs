namespace LangGap.Identification.Mixing;

/// <summary>Settings of <see cref="LanguageMixAnalyzer"/>.</summary>
public sealed record LanguageMixOptions
{
    /// <summary>
    /// A segment with fewer words than this, written in the same script as a neighbour, is too short to identify
    /// on its own and joins its neighbour's language. Default 3.
    /// </summary>
    public int MinSegmentWords { get; init; } = 3;

    /// <summary>A segment identified with a lower probability than this also joins its neighbour's language. Default 0.5.</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinSegmentWords, 1, nameof(MinSegmentWords));
        if (MinConfidence is < 0 or > 1 || double.IsNaN(MinConfidence))
        {
            throw new ArgumentOutOfRangeException(nameof(MinConfidence), MinConfidence, "MinConfidence must be between 0 and 1.");
        }
    }
}
