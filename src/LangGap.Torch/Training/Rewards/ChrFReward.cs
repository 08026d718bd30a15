using LangGap.Metrics;

namespace LangGap.Torch.Training.Rewards;

/// <summary>Sentence chrF (sacrebleu's default chrF2: character 6-grams, β 2) of each completion against its record's
/// <c>reference</c>, scaled to [0, 1].</summary>
public sealed class ChrFReward : IReward
{
    private readonly ChrFMetric _metric = new();

    /// <inheritdoc />
    public string Name => "chrf";

    /// <inheritdoc />
    /// <exception cref="InvalidInputException">A record has no <c>reference</c> field.</exception>
    public Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<RewardInput> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<double>>([]);
        }
        var references = inputs.Select(i => i.Record.Reference
            ?? throw new InvalidInputException($"{i.Record.Source}: the chrf reward needs a 'reference' field.")).ToArray();
        var statistics = _metric.ComputeStatistics(inputs.Select(i => i.Completion).ToArray(), [references]);
        IReadOnlyList<double> scores = Enumerable.Range(0, inputs.Count)
            .Select(i => _metric.ScoreSegment(statistics.Row(i)).Score / 100).ToArray();
        return Task.FromResult(scores);
    }
}
