namespace LangGap.Identification.Mixing;

/// <summary>The writing system of a word, coarse enough to split mixed-language text at script changes.</summary>
internal enum ScriptClass
{
    /// <summary>No letters: digits, punctuation, symbols, emoji.</summary>
    Neutral,
    /// <summary>Latin.</summary>
    Latin,
    /// <summary>Greek.</summary>
    Greek,
    /// <summary>Cyrillic.</summary>
    Cyrillic,
    /// <summary>Armenian.</summary>
    Armenian,
    /// <summary>Hebrew.</summary>
    Hebrew,
    /// <summary>Arabic (also Syriac and Thaana).</summary>
    Arabic,
    /// <summary>Brahmic scripts of South Asia (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala).</summary>
    Indic,
    /// <summary>Thai, Lao, Khmer, Myanmar and Tibetan.</summary>
    SoutheastAsian,
    /// <summary>Georgian.</summary>
    Georgian,
    /// <summary>Hangul.</summary>
    Hangul,
    /// <summary>Han, Hiragana, Katakana and Bopomofo (Chinese and Japanese).</summary>
    Cjk,
    /// <summary>Ethiopic.</summary>
    Ethiopic,
    /// <summary>Any other script.</summary>
    Other,
}
