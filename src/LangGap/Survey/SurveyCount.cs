namespace LangGap.Survey;

/// <summary>A labelled count with its share of the selected papers.</summary>
/// <param name="Key">What is counted: a language code, a venue type, a workshop.</param>
/// <param name="Label">A readable name (the language's English name, the workshop's proceedings title).</param>
/// <param name="Count">How many selected papers.</param>
/// <param name="Share">Count divided by the number of selected papers.</param>
public sealed record SurveyCount(string Key, string Label, int Count, double Share);
