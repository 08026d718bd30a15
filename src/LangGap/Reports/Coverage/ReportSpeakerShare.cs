namespace LangGap.Reports.Coverage;

/// <summary>How many people a set of languages serves: speakers in millions and as a share of a whole.</summary>
/// <remarks>
/// A language whose macrolanguage is also in the set is counted once, under the macrolanguage. Total (L1+L2) speakers
/// are summed per language, so a person who speaks two of the languages counts twice: the total share is an upper bound.
/// First-language figures are summed only where known; <paramref name="WithFirstLanguage"/> says for how many.
/// </remarks>
/// <param name="Languages">The languages in the set (as counted: members of a macrolanguage in the set left out).</param>
/// <param name="Codes">Their codes.</param>
/// <param name="WithFirstLanguage">How many of them have a first-language figure.</param>
/// <param name="FirstLanguageMillions">Their first-language speakers, in millions.</param>
/// <param name="FirstLanguageShare">That as a share of the whole (0–1).</param>
/// <param name="WithTotal">How many of them have a total figure.</param>
/// <param name="TotalMillions">Their total (L1+L2) speakers, in millions.</param>
/// <param name="TotalShare">That as a share of the whole (0–1; can exceed the true share, see remarks).</param>
public sealed record ReportSpeakerShare(int Languages, IReadOnlyList<string> Codes, int WithFirstLanguage, double FirstLanguageMillions, double FirstLanguageShare,
    int WithTotal, double TotalMillions, double TotalShare);
