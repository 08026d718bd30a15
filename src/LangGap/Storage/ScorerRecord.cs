namespace LangGap.Storage;

/// <summary>A scorer as the run store records it: what its scores are and the settings they were made under.</summary>
/// <remarks>Written once per identity; every score row names its scorer by <paramref name="Key"/>, so a report reads what a score is from here, never from its values or name.</remarks>
/// <param name="Key">The scorer's identity key (name and settings hash), as stored in every score row.</param>
/// <param name="Name">The scorer's name (for example <c>chrf</c>).</param>
/// <param name="DescriptorJson">Its score descriptor as JSON: kind, range, direction, unit, precision.</param>
/// <param name="SettingsJson">The settings that determine its values, as JSON (hashed into <paramref name="Key"/>).</param>
/// <param name="CorpusJson">The corpus-aggregation hook as JSON (chrF/BLEU from summed statistics), or <see langword="null"/> when scores are averaged.</param>
/// <param name="Judge">The judge model the scorer asks, or <see langword="null"/>.</param>
/// <param name="CreatedUtc">When the row was first written.</param>
public sealed record ScorerRecord(string Key, string Name, string DescriptorJson, string SettingsJson, string? CorpusJson, string? Judge, DateTimeOffset CreatedUtc);
