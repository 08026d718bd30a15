namespace LangGap.Identification.Fidelity;

/// <summary>Settings of <see cref="LanguageConfusionMeter"/>; the defaults are those of the Language Confusion Benchmark.</summary>
public sealed record LanguageConfusionOptions
{
    /// <summary>Lines with fewer tokens than this are ignored. Default 5, as in the benchmark's code.</summary>
    public int MinLineTokens { get; init; } = 5;

    /// <summary>A line whose top language has this probability or less counts as "unknown" (a wrong line). Default 0.3.</summary>
    public double MinConfidence { get; init; } = 0.3;

    /// <summary>
    /// English words that count as word-level confusion. The benchmark uses a 235k-word English dictionary,
    /// keeping lowercase entries longer than three letters; pass such a list (for example the lines of
    /// <c>/usr/share/dict/words</c>) to reproduce it. When null (the default), any token of more than three
    /// lowercase Latin letters counts as an English insertion.
    /// </summary>
    public IReadOnlySet<string>? EnglishWords { get; init; }

    /// <summary>
    /// Expected languages (ISO 639 codes as <see cref="LangGap.Languages.LanguageTag.Language"/> gives them) for which the
    /// word-level pass rate is computed. Default, as in the benchmark:
    /// ar, hi, ja, ko, ru, zh (word-level detection is unreliable for Latin-script languages).
    /// </summary>
    public IReadOnlySet<string> WordLevelLanguages { get; init; } = new HashSet<string>(["ar", "hi", "ja", "ko", "ru", "zh"], StringComparer.Ordinal);

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinLineTokens, 1, nameof(MinLineTokens));
        if (MinConfidence is < 0 or > 1 || double.IsNaN(MinConfidence))
        {
            throw new ArgumentOutOfRangeException(nameof(MinConfidence), MinConfidence, "MinConfidence must be between 0 and 1.");
        }
        ArgumentNullException.ThrowIfNull(WordLevelLanguages, nameof(WordLevelLanguages));
    }
}
