using LangGap.Languages;

namespace LangGap.Synthesis.Profiles;

/// <summary>One text of a data set to profile.</summary>
/// <param name="Id">The row's id (for pairing with another file), or null when the file has none.</param>
/// <param name="Language">The row's language.</param>
/// <param name="Text">The text whose attributes are measured.</param>
/// <param name="Source">Where the row came from, as <c>file:line</c>.</param>
/// <param name="Prompt">The prompt the text answers (for reward models and judges), or null when the file has none.</param>
public sealed record ProfileRow(string? Id, LanguageTag Language, string Text, string Source, string? Prompt = null);
