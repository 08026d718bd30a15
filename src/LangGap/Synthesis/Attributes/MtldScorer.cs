using LangGap.Evaluation.Scoring;

namespace LangGap.Synthesis.Attributes;

/// <summary>MTLD of an output (lexical diversity: the mean length of stretches that keep a type-token ratio above a threshold); higher is more diverse.</summary>
/// <remarks>
/// Tokens come from <see cref="AttributeTokenizer"/> (characters for Chinese, Japanese and Thai). An output without
/// tokens is unscored. Names: <c>mtld</c> (LexicalRichness's definition), <c>mtld-ld</c>, <c>mtld-ma-bid</c> and
/// <c>mtld-ma-wrap</c> (lexical_diversity's). MTLD is unstable on short texts (under ~50 tokens a single repeated
/// word moves it a lot); compare means over many outputs, not single values.
/// </remarks>
public sealed class MtldScorer : IScorer
{
    /// <summary>Creates the scorer for <paramref name="definition"/> at <paramref name="threshold"/>.</summary>
    /// <exception cref="ArgumentException">The threshold is outside (0, 1), or not 0.72 for a lexical_diversity definition.</exception>
    public MtldScorer(MtldDefinition definition = MtldDefinition.LexicalRichness, double threshold = Mtld.DefaultThreshold)
    {
        _ = Mtld.Compute(["a"], definition, threshold);
        Definition = definition;
        Threshold = threshold;
    }

    /// <summary>The MTLD definition.</summary>
    public MtldDefinition Definition { get; }

    /// <summary>The type-token ratio threshold.</summary>
    public double Threshold { get; }

    /// <inheritdoc />
    public string Name => NameOf(Definition);

    /// <inheritdoc />
    public ScoreDescriptor Descriptor { get; } = new(ScoreKind.Graded, 0, double.PositiveInfinity, ScoreDirection.HigherIsBetter, "tokens", 2);

    /// <inheritdoc />
    public object? Settings => new { Definition = Definition.ToString(), Threshold, Tokenizer = AttributeTokenizer.Description };

    /// <summary>The scorer name of <paramref name="definition"/>.</summary>
    public static string NameOf(MtldDefinition definition) => definition switch
    {
        MtldDefinition.LexicalRichness => "mtld",
        MtldDefinition.LexicalDiversity => "mtld-ld",
        MtldDefinition.MovingAverageBidirectional => "mtld-ma-bid",
        _ => "mtld-ma-wrap",
    };

    /// <inheritdoc />
    public ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tokens = AttributeTokenizer.Tokenize(input.Output);
        if (tokens.Count == 0)
        {
            return ValueTask.FromResult(Score.Unscored("the output has no words"));
        }
        var details = new LexicalDetails(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
        return ValueTask.FromResult(Score.Of(Mtld.Compute(tokens, Definition, Threshold), details));
    }
}
