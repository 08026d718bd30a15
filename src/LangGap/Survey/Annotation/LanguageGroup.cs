namespace LangGap.Survey.Annotation;

/// <summary>Which languages a paper studies, in the review's three groups (plus none).</summary>
public enum LanguageGroup
{
    /// <summary>English only, stated or inferred.</summary>
    EnglishOnly,

    /// <summary>One language, not English.</summary>
    NonEnglish,

    /// <summary>Two or more languages, or a multilingual / cross-lingual study.</summary>
    Multilingual,

    /// <summary>No language studied (no empirical work on text, or nothing to read).</summary>
    None,
}
