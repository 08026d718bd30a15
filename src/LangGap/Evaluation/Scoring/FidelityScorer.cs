using LangGap.Identification;
using LangGap.Identification.Fidelity;
using LangGap.Languages;

namespace LangGap.Evaluation.Scoring;

/// <summary>Language fidelity: 1 when the output is in the expected language, 0 when it is not, unscored when unsure.</summary>
/// <remarks>
/// The expected language is the sample's metadata field <see cref="LanguageField"/> when it has one (for translation,
/// <c>target_language</c>), otherwise the sample's language. An <see cref="FidelityVerdict.Unsure"/> verdict (too little
/// text to tell) is unscored with its reason, never counted as 0. Details record the detected language and share.
/// </remarks>
public sealed class FidelityScorer : IScorer
{
    private readonly LanguageFidelityScorer _scorer;
    private readonly LanguageFidelityOptions _options;
    private readonly string _lidModel;

    /// <summary>Creates the scorer over <paramref name="identifier"/> (the embedded lid.176 when null).</summary>
    /// <param name="identifier">The language identifier.</param>
    /// <param name="languageField">The metadata field naming the expected language; the sample's language when absent.</param>
    /// <param name="options">Fidelity thresholds.</param>
    public FidelityScorer(LanguageIdentifier? identifier = null, string? languageField = null, LanguageFidelityOptions? options = null)
    {
        _options = options ?? new LanguageFidelityOptions();
        identifier ??= LanguageIdentifier.Default;
        _scorer = new LanguageFidelityScorer(identifier, _options);
        _lidModel = "sha256:" + identifier.ModelSha256;
        LanguageField = languageField;
    }

    /// <summary>The metadata field naming the expected language, or <see langword="null"/> for the sample's language.</summary>
    public string? LanguageField { get; }

    /// <inheritdoc />
    public string Name => "language-fidelity";

    /// <inheritdoc />
    public ScoreDescriptor Descriptor => ScoreDescriptor.PassRate;

    /// <inheritdoc />
    /// <remarks>The LID model is named by the SHA-256 of its file, not its path: swapping lid.176 for another model
    /// (or another version of it) gives another score key, and one model file gives one key wherever it lies.</remarks>
    public object? Settings => new { LanguageField, _options.MinWords, _options.MinConfidence, _options.MaxForeignShare, LidModel = _lidModel };

    /// <inheritdoc />
    public ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var expected = input.Sample.Language;
        if (LanguageField is { } field && input.Sample.Metadata.TryGetValue(field, out var code))
        {
            if (!LanguageTag.TryParse(code, out var tag))
            {
                return ValueTask.FromResult(Score.Unscored($"sample '{input.Sample.Id}' names '{code}' in '{field}', which is not a language tag"));
            }
            expected = tag;
        }
        var result = _scorer.Score(input.Output, expected);
        var details = new FidelityDetails(result.Expected.ToString(), result.Detected?.ToString(), Math.Round(result.Probability, 4),
            Math.Round(result.ExpectedShare, 4), result.Verdict.ToString().ToLowerInvariant(), result.Reason.ToString());
        return ValueTask.FromResult(result.Verdict switch
        {
            FidelityVerdict.Pass => Score.Of(1, details),
            FidelityVerdict.Fail => Score.Of(0, details),
            _ => Score.Unscored($"language unclear ({result.Reason})", details),
        });
    }
}
