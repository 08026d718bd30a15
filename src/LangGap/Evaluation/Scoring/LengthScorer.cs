using System.Globalization;

namespace LangGap.Evaluation.Scoring;

/// <summary>Scores an output by its length in characters (grapheme clusters), white-space words or a model's tokens.</summary>
public sealed class LengthScorer : IScorer
{
    private readonly LengthUnit _unit;
    private readonly Func<string, int>? _countTokens;
    private readonly string? _tokenizer;

    /// <summary>Creates a scorer counting characters or words.</summary>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <see cref="LengthUnit.ModelTokens"/>, which needs a tokenizer (the other constructor).</exception>
    public LengthScorer(LengthUnit unit = LengthUnit.Characters)
    {
        if (unit == LengthUnit.ModelTokens)
        {
            throw new ArgumentException("Counting model tokens needs a tokenizer; use the constructor that takes one.", nameof(unit));
        }
        _unit = unit;
    }

    /// <summary>Creates a scorer counting a model's tokens.</summary>
    /// <param name="countTokens">Counts the tokens of a text (without special tokens).</param>
    /// <param name="tokenizer">Identifies the tokenizer (for example a hash of its <c>tokenizer.json</c>); part of the scorer's settings, so counts of another tokenizer are never reused.</param>
    public LengthScorer(Func<string, int> countTokens, string tokenizer)
    {
        ArgumentNullException.ThrowIfNull(countTokens);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenizer);
        _unit = LengthUnit.ModelTokens;
        _countTokens = countTokens;
        _tokenizer = tokenizer;
    }

    /// <inheritdoc />
    public string Name => _unit switch
    {
        LengthUnit.Characters => "length-chars",
        LengthUnit.Words => "length-words",
        _ => "length-tokens",
    };

    /// <inheritdoc />
    public ScoreDescriptor Descriptor => new(ScoreKind.Graded, 0, double.PositiveInfinity, ScoreDirection.HigherIsBetter, _unit switch
    {
        LengthUnit.Characters => "characters",
        LengthUnit.Words => "words",
        _ => "tokens",
    }, 1);

    /// <inheritdoc />
    /// <remarks>Characters and words have no settings (their stored keys predate model tokens); model tokens record the tokenizer.</remarks>
    public object? Settings => _tokenizer is null ? null : new { Tokenizer = _tokenizer };

    /// <inheritdoc />
    public ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Output;
        var count = _unit switch
        {
            LengthUnit.Characters => new StringInfo(text).LengthInTextElements,
            LengthUnit.Words => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
            _ => _countTokens!(text),
        };
        return ValueTask.FromResult(Score.Of(count));
    }
}
