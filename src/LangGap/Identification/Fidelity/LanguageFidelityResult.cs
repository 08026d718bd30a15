using LangGap.Languages;

namespace LangGap.Identification.Fidelity;

/// <summary>The outcome of checking that a response uses the expected language.</summary>
/// <param name="Expected">The expected language.</param>
/// <param name="Detected">The identifier's top language for the whole response (null for a response without words, or a label that is not a language).</param>
/// <param name="DetectedLabel">The model's label for <paramref name="Detected"/> (e.g. <c>de</c>), null for a response without words.</param>
/// <param name="Probability">The probability of <paramref name="Detected"/>.</param>
/// <param name="ExpectedShare">Share of the response's words in the expected language (from the mixing analysis).</param>
/// <param name="Verdict">Pass, fail or unsure.</param>
/// <param name="Reason">Why it did not pass (<see cref="FidelityReason.None"/> when it passed).</param>
public sealed record LanguageFidelityResult(LanguageTag Expected, LanguageTag? Detected, string? DetectedLabel, double Probability, double ExpectedShare,
    FidelityVerdict Verdict, FidelityReason Reason)
{
    /// <summary>True when the verdict is <see cref="FidelityVerdict.Pass"/>.</summary>
    public bool Passed => Verdict == FidelityVerdict.Pass;
}
