namespace LangGap.Survey.Ingest;

/// <summary>Decides a volume's venue type from what the Anthology records about it.</summary>
/// <remarks>
/// The Anthology XML has no explicit type before 2024 (later workshop volumes carry a <c>ws</c> venue tag), so the
/// rule is: the collection's venue among the main *ACL conferences → main (all tracks, including demos and the
/// student research workshop); <c>findings</c> → Findings; a journal → journal; a <c>ws</c> tag, a proceedings title
/// naming a workshop or shared task, or one of the workshops that call themselves conferences (WMT, SemEval,
/// TextGraphs) → workshop; anything else → another conference.
/// </remarks>
internal static class VenueClassifier
{
    private static readonly HashSet<string> MainConferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "acl", "emnlp", "naacl", "eacl", "aacl", "ijcnlp", "coling", "lrec",
    };

    private static readonly HashSet<string> Journals = new(StringComparer.OrdinalIgnoreCase)
    {
        "tacl", "cl", "tal", "jlcl", "nejlt", "ijclclp", "lilt",
    };

    private static readonly HashSet<string> WorkshopsNamedConference = new(StringComparer.OrdinalIgnoreCase)
    {
        "wmt", "semeval", "textgraphs", "seretod",
    };

    /// <summary>The type and short name of a venue.</summary>
    /// <param name="collectionVenue">The collection's venue (<c>acl</c> of <c>2020.acl</c>), or a venue given by the source.</param>
    /// <param name="volumeId">The volume's id within its collection (<c>main</c>, <c>acl</c> for Findings of ACL), or empty.</param>
    /// <param name="venueTags">The volume's <c>&lt;venue&gt;</c> tags.</param>
    /// <param name="bookTitle">The proceedings' title.</param>
    public static (VenueType Type, string Venue) Classify(string collectionVenue, string volumeId, IReadOnlyList<string> venueTags, string bookTitle)
    {
        var own = venueTags.FirstOrDefault(v => !v.Equals("ws", StringComparison.OrdinalIgnoreCase)) ?? collectionVenue;
        if (collectionVenue.Equals("findings", StringComparison.OrdinalIgnoreCase)
            || venueTags.Any(v => v.Equals("findings", StringComparison.OrdinalIgnoreCase))
            || bookTitle.StartsWith("Findings of", StringComparison.OrdinalIgnoreCase))
        {
            return (VenueType.Findings, volumeId.Length > 0 && !char.IsDigit(volumeId[0]) ? $"findings-{volumeId}" : "findings");
        }
        if (MainConferences.Contains(collectionVenue))
        {
            return (VenueType.Main, collectionVenue.ToLowerInvariant());
        }
        if (Journals.Contains(collectionVenue))
        {
            return (VenueType.Journal, collectionVenue.ToLowerInvariant());
        }
        if (venueTags.Any(v => v.Equals("ws", StringComparison.OrdinalIgnoreCase))
            || bookTitle.Contains("Workshop", StringComparison.OrdinalIgnoreCase)
            || bookTitle.Contains("Shared Task", StringComparison.OrdinalIgnoreCase)
            || bookTitle.Contains("Hackashop", StringComparison.OrdinalIgnoreCase)
            || WorkshopsNamedConference.Contains(collectionVenue))
        {
            return (VenueType.Workshop, own.ToLowerInvariant());
        }
        if (MainConferences.Contains(own))
        {
            return (VenueType.Main, own.ToLowerInvariant());
        }
        return (VenueType.Other, own.ToLowerInvariant());
    }

    /// <summary>The venue part of an Anthology id or collection id: <c>trustnlp</c> of <c>2023.trustnlp-1.4</c> or <c>2023.trustnlp</c>.</summary>
    public static string VenueOfId(string id)
    {
        var dot = id.IndexOf('.', StringComparison.Ordinal);
        var rest = dot >= 0 ? id[(dot + 1)..] : id;
        var end = rest.IndexOfAny(['-', '.']);
        return end >= 0 ? rest[..end] : rest;
    }
}
