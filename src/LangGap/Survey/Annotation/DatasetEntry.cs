namespace LangGap.Survey.Annotation;

/// <summary>One data set of the table.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Languages">Its languages (BCP-47, ordered); empty when <paramref name="Many"/>.</param>
/// <param name="Many">True for massively multilingual data sets whose language list is not kept.</param>
/// <param name="Source">Where the language list comes from.</param>
internal sealed record DatasetEntry(string Name, IReadOnlyList<string> Languages, bool Many, string Source);
