using System.Globalization;

namespace LangGap.Evaluation.Scoring;

/// <summary>MGSM-style exact match: 1 when the last number in the output equals the reference number, else 0.</summary>
/// <remarks>
/// Numbers are compared by value (<c>18</c>, <c>18.0</c>, <c>١٨</c> and <c>十八</c> are equal). An output with no number
/// scores 0 — it is a wrong answer, not a scoring failure; a sample whose reference is not a number is unscored.
/// Details record the extracted answer.
/// </remarks>
public sealed class NumericMatchScorer : IScorer
{
    private readonly string? _answerPrefix;

    /// <summary>Creates the scorer; with <paramref name="answerPrefix"/>, the number after its last occurrence is preferred.</summary>
    public NumericMatchScorer(string? answerPrefix = null) => _answerPrefix = answerPrefix;

    /// <inheritdoc />
    public string Name => "numeric-match";

    /// <inheritdoc />
    public ScoreDescriptor Descriptor => ScoreDescriptor.PassRate;

    /// <inheritdoc />
    public object? Settings => new { AnswerPrefix = _answerPrefix };

    /// <inheritdoc />
    public ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Sample.References.Count == 0 || NumericAnswerExtractor.ParseReference(input.Sample.References[0]) is not { } expected)
        {
            return ValueTask.FromResult(Score.Unscored($"sample '{input.Sample.Id}' has no numeric reference"));
        }
        var extracted = NumericAnswerExtractor.Extract(input.Output, _answerPrefix);
        var details = new NumericMatchDetails(extracted?.ToString(CultureInfo.InvariantCulture), expected.ToString(CultureInfo.InvariantCulture));
        return ValueTask.FromResult(Score.Of(extracted == expected ? 1 : 0, details));
    }
}
