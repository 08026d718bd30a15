using LangGap.Evaluation.Scoring;

namespace LangGap.Synthesis.Attributes;

/// <summary>Reading ease of an output in the sample's language (Flesch and its language-specific variants, see <see cref="Readability"/>); higher is easier.</summary>
/// <remarks>
/// For a language without a defined formula, or an output without words, the score is unscored with the reason (for
/// example <c>readability is not defined for 'hi'; defined for en, de, es, fr, it, nl, pt</c>), never 0. Values are
/// unbounded (very long sentences give negative scores), and only comparable within one language's formula.
/// </remarks>
public sealed class ReadabilityScorer : IScorer
{
    /// <summary>The scorer name.</summary>
    public const string ScorerName = "readability";

    /// <inheritdoc />
    public string Name => ScorerName;

    /// <inheritdoc />
    public ScoreDescriptor Descriptor { get; } = new(ScoreKind.Graded, double.NegativeInfinity, double.PositiveInfinity, ScoreDirection.HigherIsBetter, "ease", 1);

    /// <inheritdoc />
    public object? Settings => new { Formulas = Readability.Formulas.Select(f => $"{f.Language}:{f.Name}").ToArray(), Counting = "vowel-groups-v1" };

    /// <inheritdoc />
    public ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Readability.For(input.Sample.Language) is not { } formula)
        {
            return ValueTask.FromResult(Score.Unscored(
                $"readability is not defined for '{input.Sample.Language.Language}'; defined for {string.Join(", ", Readability.Languages)}"));
        }
        var (sentences, words, syllables) = Readability.Count(input.Output, formula);
        if (words == 0)
        {
            return ValueTask.FromResult(Score.Unscored("the output has no words"));
        }
        return ValueTask.FromResult(Score.Of(formula.Score(sentences, words, syllables), new ReadabilityDetails(formula.Name, sentences, words, syllables)));
    }
}
