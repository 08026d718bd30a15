namespace LangGap.Survey.Ingest;

/// <summary>One paper of a literature corpus: what the survey reads of it.</summary>
/// <param name="Id">The Anthology id (<c>2023.trustnlp-1.4</c>), a BibTeX key or the JSONL id; unique within a corpus.</param>
/// <param name="Year">Year of publication.</param>
/// <param name="VenueType">Main conference, Findings, workshop, journal or other.</param>
/// <param name="Venue">The venue's short name (<c>acl</c>, <c>findings</c>, <c>trustnlp</c>), or empty when unknown.</param>
/// <param name="VenueTitle">The proceedings' title (<c>Proceedings of the 3rd Workshop on Trustworthy …</c>), or empty.</param>
/// <param name="Title">The title as plain text (markup such as <c>&lt;fixed-case&gt;</c> removed).</param>
/// <param name="Abstract">The abstract as plain text, or null when the source has none.</param>
/// <param name="Url">The paper's address, or empty.</param>
/// <param name="Source">Where the record was read: <c>file:line</c>, so a wrong annotation can be traced to its data.</param>
public sealed record SurveyPaper(
    string Id,
    int Year,
    VenueType VenueType,
    string Venue,
    string VenueTitle,
    string Title,
    string? Abstract,
    string Url,
    string Source);
