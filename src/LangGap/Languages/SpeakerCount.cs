namespace LangGap.Languages;

/// <summary>How many people speak a language, in millions, with the source of each figure.</summary>
/// <param name="Language">The language (a registry tag, without script or region).</param>
/// <param name="FirstLanguageMillions">First-language (L1) speakers in millions, or <see langword="null"/> where LangGap has no sourced figure.</param>
/// <param name="FirstLanguageSource">Where <paramref name="FirstLanguageMillions"/> comes from (see <see cref="SpeakerCounts.Sources"/>), or <see langword="null"/>.</param>
/// <param name="TotalMillions">First- plus second-language speakers in millions, or <see langword="null"/> where unknown.</param>
/// <param name="TotalSource">Where <paramref name="TotalMillions"/> comes from, or <see langword="null"/>.</param>
public sealed record SpeakerCount(LanguageTag Language, double? FirstLanguageMillions, string? FirstLanguageSource, double? TotalMillions, string? TotalSource);
