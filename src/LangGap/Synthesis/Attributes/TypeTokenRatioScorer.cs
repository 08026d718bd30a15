using LangGap.Evaluation.Scoring;

namespace LangGap.Synthesis.Attributes;

/// <summary>Type-token ratio of an output (distinct tokens / tokens, from <see cref="AttributeTokenizer"/>); higher is more diverse.</summary>
/// <remarks>The ratio falls with length whatever the text, so compare outputs of similar length or use <see cref="MtldScorer"/>. An output without tokens is unscored.</remarks>
public sealed class TypeTokenRatioScorer : IScorer
{
    /// <summary>The scorer name.</summary>
    public const string ScorerName = "ttr";

    /// <inheritdoc />
    public string Name => ScorerName;

    /// <inheritdoc />
    public ScoreDescriptor Descriptor { get; } = new(ScoreKind.Graded, 0, 1, ScoreDirection.HigherIsBetter, "ratio", 3);

    /// <inheritdoc />
    public object? Settings => new { Tokenizer = AttributeTokenizer.Description };

    /// <inheritdoc />
    public ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tokens = AttributeTokenizer.Tokenize(input.Output);
        if (tokens.Count == 0)
        {
            return ValueTask.FromResult(Score.Unscored("the output has no words"));
        }
        var types = tokens.Distinct(StringComparer.Ordinal).Count();
        return ValueTask.FromResult(Score.Of(Mtld.TypeTokenRatio(tokens), new LexicalDetails(tokens.Count, types)));
    }
}
