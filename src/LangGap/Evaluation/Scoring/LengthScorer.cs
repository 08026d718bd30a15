using System.Globalization;

namespace LangGap.Evaluation.Scoring;

/// <summary>Scores an output by its length in characters (grapheme clusters) or white-space words.</summary>
public sealed class LengthScorer : IScorer
{
    private readonly LengthUnit _unit;

    /// <summary>Creates a scorer counting <paramref name="unit"/>.</summary>
    public LengthScorer(LengthUnit unit = LengthUnit.Characters) => _unit = unit;

    /// <inheritdoc />
    public string Name => _unit == LengthUnit.Characters ? "length-chars" : "length-words";

    /// <inheritdoc />
    public ScoreDescriptor Descriptor => new(ScoreKind.Graded, 0, double.PositiveInfinity, ScoreDirection.HigherIsBetter,
        _unit == LengthUnit.Characters ? "characters" : "words", 1);

    /// <inheritdoc />
    public ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Output;
        var count = _unit == LengthUnit.Characters
            ? new StringInfo(text).LengthInTextElements
            : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return ValueTask.FromResult(Score.Of(count));
    }
}
