namespace LangGap.Statistics;

/// <summary>The names of a <see cref="PValueCorrection"/>: the one a user types and the one a heading prints.</summary>
public static class PValueCorrectionNames
{
    /// <summary>The values a user types, in the order they are documented: <c>none</c>, <c>bonferroni</c>, <c>holm</c>, <c>bh</c>.</summary>
    public static IReadOnlyList<string> Values { get; } = ["none", "bonferroni", "holm", "bh"];

    /// <summary>The value a user types for <paramref name="correction"/> (<c>none</c>, <c>bonferroni</c>, <c>holm</c>, <c>bh</c>).</summary>
    public static string ToValue(this PValueCorrection correction) => correction switch
    {
        PValueCorrection.None => "none",
        PValueCorrection.Bonferroni => "bonferroni",
        PValueCorrection.Holm => "holm",
        PValueCorrection.BenjaminiHochberg => "bh",
        _ => throw new ArgumentOutOfRangeException(nameof(correction), correction, "Unknown correction."),
    };

    /// <summary>The name headings print: <c>uncorrected</c>, <c>Bonferroni</c>, <c>Holm</c>, <c>Benjamini–Hochberg</c>.</summary>
    public static string ToDisplayName(this PValueCorrection correction) => correction switch
    {
        PValueCorrection.None => "uncorrected",
        PValueCorrection.Bonferroni => "Bonferroni",
        PValueCorrection.Holm => "Holm",
        PValueCorrection.BenjaminiHochberg => "Benjamini–Hochberg",
        _ => throw new ArgumentOutOfRangeException(nameof(correction), correction, "Unknown correction."),
    };

    /// <summary>Reads a typed value (one of <see cref="Values"/>, case-insensitive).</summary>
    /// <returns>False when <paramref name="value"/> names no correction.</returns>
    public static bool TryParse(string? value, out PValueCorrection correction)
    {
        foreach (var candidate in Enum.GetValues<PValueCorrection>())
        {
            if (string.Equals(candidate.ToValue(), value, StringComparison.OrdinalIgnoreCase))
            {
                correction = candidate;
                return true;
            }
        }
        correction = PValueCorrection.None;
        return false;
    }
}
