namespace LangGap.Languages;

/// <summary>One row of <c>languages.tsv</c>, before tags are built from it.</summary>
/// <param name="Iso639_3">ISO 639-3 code (or the collective/retired code fastText uses).</param>
/// <param name="Iso639_1">ISO 639-1 code, or null.</param>
/// <param name="EnglishName">English name.</param>
/// <param name="NativeName">Autonym.</param>
/// <param name="Scripts">ISO 15924 scripts; the first is the default.</param>
/// <param name="FloresScripts">Scripts in which FLORES-200 has the language, as <c>iso3_Script</c>.</param>
/// <param name="ResourceClass">Joshi et al. class, or null.</param>
/// <param name="SpeakersMillions">Approximate speakers in millions, or null.</param>
/// <param name="MacrolanguageCode">Code of the macrolanguage, or null.</param>
/// <param name="MatchesCode">Code of the language this one is treated as for <see cref="LanguageTag.Equivalent"/>, or null.</param>
/// <param name="Aliases">Other codes that name this language (deprecated ISO 639-1, ISO 639-2/B).</param>
/// <param name="KeepsScript">True for languages commonly written in two scripts, whose script is never left out (Chinese, Serbian).</param>
/// <param name="Line">The line in <c>languages.tsv</c>, for error messages.</param>
internal sealed record LanguageRecord(
    string Iso639_3,
    string? Iso639_1,
    string EnglishName,
    string NativeName,
    IReadOnlyList<string> Scripts,
    IReadOnlyList<string> FloresScripts,
    ResourceClass? ResourceClass,
    double? SpeakersMillions,
    string? MacrolanguageCode,
    string? MatchesCode,
    IReadOnlyList<string> Aliases,
    bool KeepsScript,
    int Line)
{
    /// <summary>The code a normalised tag starts with: ISO 639-1 where it exists, else ISO 639-3.</summary>
    public string Code => Iso639_1 ?? Iso639_3;

    /// <summary>The default script.</summary>
    public string DefaultScript => Scripts[0];

    /// <summary>
    /// True when the default script is left out of the normal form, like the IANA registry's Suppress-Script
    /// (<c>de-Latn</c> → <c>de</c>); false for languages marked as keeping their script (<c>zh-Hans</c> stays).
    /// </summary>
    public bool SuppressesDefaultScript => !KeepsScript;

    /// <summary>Rows are distinct languages: identity is equality (and hashing stays cheap).</summary>
    public bool Equals(LanguageRecord? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
