using LangGap.Identification.Mixing;
using LangGap.Languages;

namespace LangGap.Identification.Fidelity;

/// <summary>Checks that a response uses the expected language, for evaluations (language confusion, forced reasoning language).</summary>
/// <remarks>
/// Rules, in order: fewer than <see cref="LanguageFidelityOptions.MinWords"/> words → unsure (too short); the top
/// language of the whole response below <see cref="LanguageFidelityOptions.MinConfidence"/> → unsure (low
/// confidence); a confident top language other than the expected one → fail (wrong language); the expected
/// language on top but more than <see cref="LanguageFidelityOptions.MaxForeignShare"/> of the words in other
/// languages according to <see cref="LanguageMixAnalyzer"/> → unsure (mixed); otherwise pass. Languages match when
/// they are <see cref="LanguageTag.Equivalent"/> (so <c>deu_Latn</c> matches lid.176's <c>de</c>, but <c>yue</c> does not
/// match <c>zh</c>). An evaluation
/// should record "unsure" as unscored with its reason, not as a failure.
/// </remarks>
public sealed class LanguageFidelityScorer
{
    private readonly LanguageIdentifier _identifier;
    private readonly LanguageMixAnalyzer _mix;
    private readonly LanguageFidelityOptions _options;

    /// <summary>Creates a scorer over <paramref name="identifier"/> (for example <see cref="LanguageIdentifier.Default"/>).</summary>
    public LanguageFidelityScorer(LanguageIdentifier identifier, LanguageFidelityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        _identifier = identifier;
        _options = options ?? new LanguageFidelityOptions();
        _options.Validate();
        _mix = new LanguageMixAnalyzer(identifier);
    }

    /// <summary>Checks that <paramref name="response"/> is in <paramref name="expected"/>.</summary>
    public LanguageFidelityResult Score(string response, LanguageTag expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(expected);
        var top = _identifier.Identify(response.ReplaceLineEndings(" "));
        var detected = top.Count > 0 ? top[0].Language : null;
        var detectedLabel = top.Count > 0 ? top[0].Label : null;
        var probability = top.Count > 0 ? top[0].Probability : 0.0;
        var analysis = _mix.Analyze(response);
        var expectedShare = analysis.ShareOf(expected);
        LanguageFidelityResult Result(FidelityVerdict verdict, FidelityReason reason) =>
            new(expected, detected, detectedLabel, probability, expectedShare, verdict, reason);

        if (analysis.WordCount < _options.MinWords)
        {
            return Result(FidelityVerdict.Unsure, FidelityReason.TooShort);
        }
        if (probability < _options.MinConfidence)
        {
            return Result(FidelityVerdict.Unsure, FidelityReason.LowConfidence);
        }
        if (detected is null || !LanguageTag.Equivalent(detected, expected))
        {
            return Result(FidelityVerdict.Fail, FidelityReason.WrongLanguage);
        }
        if (1.0 - expectedShare > _options.MaxForeignShare)
        {
            return Result(FidelityVerdict.Unsure, FidelityReason.Mixed);
        }
        return Result(FidelityVerdict.Pass, FidelityReason.None);
    }
}
