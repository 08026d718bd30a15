namespace LangGap.Evaluation.Suites;

/// <summary>A language of a suite, as its card declares it: resource class and where its prompts came from.</summary>
/// <param name="Code">The language tag in normal form.</param>
/// <param name="ResourceClass">The Joshi et al. (2020) resource class 0–5, or <see langword="null"/> when not given.</param>
/// <param name="PromptOrigin"><c>native</c> (written in the language) or <c>translated</c>, or <see langword="null"/> when not given.</param>
public sealed record SuiteLanguage(string Code, int? ResourceClass, string? PromptOrigin);
