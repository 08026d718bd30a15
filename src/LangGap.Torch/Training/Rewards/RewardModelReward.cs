namespace LangGap.Torch.Training.Rewards;

/// <summary>A trained <see cref="RewardModel"/> as a reward (<c>rm:DIR</c>): its scalar score of each completion.</summary>
public sealed class RewardModelReward : IReward, IDisposable
{
    private readonly RewardModel _model;

    /// <summary>Scores with <paramref name="model"/>, which this reward then owns.</summary>
    public RewardModelReward(RewardModel model, string directory)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        Name = $"rm:{directory}";
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Loads the reward model in <paramref name="directory"/>.</summary>
    public static RewardModelReward Load(string directory) => new(RewardModel.Load(directory), directory);

    /// <inheritdoc />
    public Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<RewardInput> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_model.Score(inputs.Select(i => (i.Record, i.Completion)).ToArray()));
    }

    /// <summary>Frees the reward model.</summary>
    public void Dispose() => _model.Dispose();
}
