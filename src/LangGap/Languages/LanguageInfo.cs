namespace LangGap.Languages;

/// <summary>What LangGap knows about one language: codes, names, scripts, resource class and FLORES-200 coverage.</summary>
/// <remarks>
/// Instances come only from <see cref="LanguageRegistry"/>; the data is written for LangGap and embedded in the
/// library (<c>Languages/languages.tsv</c>).
/// </remarks>
public sealed record LanguageInfo
{
    internal LanguageInfo(
        LanguageTag tag,
        string englishName,
        string nativeName,
        IReadOnlyList<string> scripts,
        ResourceClass? resourceClass,
        double? speakersMillions,
        IReadOnlyList<string> floresCodes,
        LanguageTag? macrolanguage)
    {
        Tag = tag;
        EnglishName = englishName;
        NativeName = nativeName;
        Scripts = scripts;
        ResourceClass = resourceClass;
        SpeakersMillions = speakersMillions;
        FloresCodes = floresCodes;
        Macrolanguage = macrolanguage;
    }

    /// <summary>The language's tag, without script or region (<c>de</c>, <c>arb</c>, <c>zh</c>).</summary>
    public LanguageTag Tag { get; }

    /// <summary>The ISO 639-3 code (<c>deu</c>); for a collective or retired code fastText uses, that code (<c>bih</c>, <c>eml</c>).</summary>
    public string Iso639_3 => Tag.Iso639_3;

    /// <summary>The ISO 639-1 code (<c>de</c>), or null when the language has none.</summary>
    public string? Iso639_1 => Tag.Iso639_1;

    /// <summary>The English name (<c>German</c>).</summary>
    public string EnglishName { get; }

    /// <summary>The language's name for itself, in its default script (<c>Deutsch</c>).</summary>
    public string NativeName { get; }

    /// <summary>The ISO 15924 scripts the language is commonly written in; the first is the default.</summary>
    public IReadOnlyList<string> Scripts { get; }

    /// <summary>The default ISO 15924 script (<c>Latn</c> for German, <c>Hans</c> for Chinese).</summary>
    public string DefaultScript => Scripts[0];

    /// <summary>The Joshi et al. (2020) resource class, or null where LangGap does not know it reliably.</summary>
    public ResourceClass? ResourceClass { get; }

    /// <summary>Approximate number of speakers (first and second language) in millions, or null where unknown.</summary>
    public double? SpeakersMillions { get; }

    /// <summary>The FLORES-200 codes of this language (<c>deu_Latn</c>; two for languages FLORES has in two scripts); empty when it is not in FLORES-200.</summary>
    public IReadOnlyList<string> FloresCodes { get; }

    /// <summary>True when FLORES-200 has this language in at least one script.</summary>
    public bool InFlores200 => FloresCodes.Count > 0;

    /// <summary>The ISO 639-3 macrolanguage this language belongs to (<c>ar</c> for <c>arz</c>), or null.</summary>
    public LanguageTag? Macrolanguage { get; }
}
