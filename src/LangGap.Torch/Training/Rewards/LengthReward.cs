namespace LangGap.Torch.Training.Rewards;

/// <summary>Rewards length: the completion's length in characters (Unicode scalar values) divided by <see cref="Scale"/>.</summary>
/// <remarks>Give it a negative weight to reward brevity instead.</remarks>
public sealed class LengthReward(double scale = 100) : IReward
{
    /// <summary>Characters per unit of reward. Default 100.</summary>
    public double Scale { get; } = scale > 0 ? scale : throw new ArgumentOutOfRangeException(nameof(scale), scale, "Scale must be positive.");

    /// <inheritdoc />
    public string Name => "length";

    /// <inheritdoc />
    public Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<RewardInput> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        IReadOnlyList<double> scores = inputs.Select(i => i.Completion.EnumerateRunes().Count() / Scale).ToArray();
        return Task.FromResult(scores);
    }
}
