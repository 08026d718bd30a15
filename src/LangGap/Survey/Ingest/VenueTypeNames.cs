namespace LangGap.Survey.Ingest;

/// <summary>The lower-case names venue types have in papers.csv, JSON and label files.</summary>
public static class VenueTypeNames
{
    /// <summary>The name of <paramref name="type"/>: main, findings, workshop, journal or other.</summary>
    public static string Name(VenueType type) => type switch
    {
        VenueType.Main => "main",
        VenueType.Findings => "findings",
        VenueType.Workshop => "workshop",
        VenueType.Journal => "journal",
        _ => "other",
    };

    /// <summary>Parses a name written by <see cref="Name"/>; false for anything else.</summary>
    public static bool TryParse(string? text, out VenueType type)
    {
        foreach (var candidate in Enum.GetValues<VenueType>())
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        type = VenueType.Other;
        return false;
    }
}
