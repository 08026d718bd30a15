namespace LangGap.Reports.Coverage;

/// <summary>Coverage within one resource class: the evaluated languages of the class against every language of the class LangGap has speaker data for.</summary>
/// <param name="ResourceClass">The Joshi et al. class 0–5 (the registry's), or <see langword="null"/> for languages without one.</param>
/// <param name="LanguagesWithData">Languages of the class with speaker data (members of a macrolanguage with its own row left out).</param>
/// <param name="FirstLanguageMillions">Their known first-language speakers, in millions.</param>
/// <param name="TotalMillions">Their total speakers, in millions.</param>
/// <param name="Evaluated">The evaluated languages of the class, with shares of the class's speakers.</param>
public sealed record ReportClassCoverage(int? ResourceClass, int LanguagesWithData, double FirstLanguageMillions, double TotalMillions, ReportSpeakerShare Evaluated);
