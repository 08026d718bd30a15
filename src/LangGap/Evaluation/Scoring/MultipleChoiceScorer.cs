using System.Text;

namespace LangGap.Evaluation.Scoring;

/// <summary>Multiple-choice accuracy by log-likelihood: 1 when the option ranked first is the gold one, else 0.</summary>
/// <remarks>
/// <para>Ranks the options of a multiple-choice item by the summed log-probability of each continuation
/// (<see cref="ChoiceLogLikelihoods"/>, the item's stored output), optionally divided by the option's length, exactly as
/// lm-evaluation-harness defines its metrics: <c>acc</c> (no normalisation), <c>acc_norm</c> (per character of the
/// option, code points) and <c>acc_bytes</c> (per UTF-8 byte). The length is that of <see cref="Choice.Text"/>, without
/// the target delimiter. Ties go to the first option, as <c>numpy.argmax</c> does.</para>
/// <para>An item whose output is not a log-likelihood list of the right length is unscored (with the reason), never 0.</para>
/// </remarks>
public sealed class MultipleChoiceScorer : IScorer
{
    private readonly ChoiceNormalization _normalization;

    /// <summary>Creates the scorer with <paramref name="normalization"/>.</summary>
    public MultipleChoiceScorer(ChoiceNormalization normalization = ChoiceNormalization.None) => _normalization = normalization;

    /// <summary>The scorer names a suite uses: <c>acc</c>, <c>acc_norm</c>, <c>acc_bytes</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["acc", "acc_norm", "acc_bytes"];

    /// <summary>The scorer named <paramref name="name"/> (one of <see cref="Names"/>), or <see langword="null"/>.</summary>
    public static MultipleChoiceScorer? Named(string name) => name switch
    {
        "acc" => new MultipleChoiceScorer(ChoiceNormalization.None),
        "acc_norm" => new MultipleChoiceScorer(ChoiceNormalization.Characters),
        "acc_bytes" => new MultipleChoiceScorer(ChoiceNormalization.Bytes),
        _ => null,
    };

    /// <inheritdoc />
    public string Name => _normalization switch
    {
        ChoiceNormalization.Characters => "acc_norm",
        ChoiceNormalization.Bytes => "acc_bytes",
        _ => "acc",
    };

    /// <inheritdoc />
    public ScoreDescriptor Descriptor => ScoreDescriptor.PassRate;

    /// <inheritdoc />
    public ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sample = input.Sample;
        if (sample.Gold is not { } gold || sample.Choices.Count == 0)
        {
            return ValueTask.FromResult(Score.Unscored($"sample '{sample.Id}' is not a multiple-choice item"));
        }
        if (ChoiceLogLikelihoods.Parse(input.Output) is not { } output || output.LogProbs.Count != sample.Choices.Count)
        {
            return ValueTask.FromResult(Score.Unscored($"the output of sample '{sample.Id}' is not a log-likelihood for each of its {sample.Choices.Count} options"));
        }
        var values = new double[output.LogProbs.Count];
        var chosen = 0;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = output.LogProbs[i] / Length(sample.Choices[i].Text);
            if (values[i] > values[chosen])
            {
                chosen = i;
            }
        }
        return ValueTask.FromResult(Score.Of(chosen == gold ? 1 : 0, new MultipleChoiceDetails(chosen, gold, values)));
    }

    private double Length(string text) => _normalization switch
    {
        ChoiceNormalization.Characters => text.EnumerateRunes().Count(),
        ChoiceNormalization.Bytes => Encoding.UTF8.GetByteCount(text),
        _ => 1,
    };
}
