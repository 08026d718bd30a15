namespace LangGap.Reports.Coverage;

/// <summary>An evaluated language's speaker figures, as the registry's speaker data gives them.</summary>
/// <param name="Code">The language tag of the run.</param>
/// <param name="Name">The English name.</param>
/// <param name="ResourceClass">The registry's resource class, or <see langword="null"/>.</param>
/// <param name="FirstLanguageMillions">First-language speakers in millions, or <see langword="null"/> where unknown.</param>
/// <param name="FirstLanguageSource">Its source key, or <see langword="null"/>.</param>
/// <param name="TotalMillions">Total speakers in millions, or <see langword="null"/> where unknown.</param>
/// <param name="TotalSource">Its source key, or <see langword="null"/>.</param>
public sealed record ReportSpeakers(string Code, string Name, int? ResourceClass, double? FirstLanguageMillions, string? FirstLanguageSource,
    double? TotalMillions, string? TotalSource);
