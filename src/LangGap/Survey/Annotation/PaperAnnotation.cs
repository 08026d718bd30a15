namespace LangGap.Survey.Annotation;

/// <summary>What the automatic annotator says about one paper, each value with its evidence.</summary>
/// <param name="Languages">The languages studied (BCP-47 codes, ordered), named or inferred from datasets.</param>
/// <param name="LanguageNamed">True when the paper names at least one language it studies (a name or a code; a dataset does not count).</param>
/// <param name="Group">English-only, non-English, multilingual or none.</param>
/// <param name="Subtopic">The safety subtopic, or not safety.</param>
/// <param name="SubtopicSource"><c>rules</c>, or <c>judge:MODEL</c> when a judge model chose it.</param>
/// <param name="Evidence">The spans behind every value, in the order they were found.</param>
public sealed record PaperAnnotation(
    IReadOnlyList<string> Languages,
    bool LanguageNamed,
    LanguageGroup Group,
    Subtopic Subtopic,
    string SubtopicSource,
    IReadOnlyList<Evidence> Evidence);
