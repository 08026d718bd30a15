namespace LangGap.Survey.Annotation;

/// <summary>What a piece of evidence is.</summary>
public enum EvidenceKind
{
    /// <summary>A language named in English or natively (<c>German</c>, <c>Deutsch</c>).</summary>
    LanguageName,

    /// <summary>An ISO 639 or FLORES code in a context that makes it a language (<c>en-de</c>, <c>deu_Latn</c>).</summary>
    LanguageCode,

    /// <summary>A dataset whose languages are known (<c>XNLI</c>).</summary>
    Dataset,

    /// <summary>A multilingual or cross-lingual cue (<c>multilingual</c>, <c>23 languages</c>).</summary>
    MultilingualCue,

    /// <summary>A word that marks empirical work, from which English is inferred when no language is named.</summary>
    EmpiricalCue,

    /// <summary>A word that points to a subtopic.</summary>
    Subtopic,

    /// <summary>A subtopic chosen by the judge model (the text is its reply).</summary>
    Judge,
}
