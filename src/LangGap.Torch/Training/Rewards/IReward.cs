namespace LangGap.Torch.Training.Rewards;

/// <summary>A non-differentiable reward: a number for each sampled completion of a prompt.</summary>
/// <remarks>NaN means "not applicable" (for example an unparseable judge verdict); a weighted combination leaves such a
/// term out for that completion, as TRL sums rewards with <c>nansum</c>.</remarks>
public interface IReward
{
    /// <summary>The name shown in logs (for example <c>fidelity</c> or <c>judge:gpt</c>).</summary>
    string Name { get; }

    /// <summary>Scores every input, in input order.</summary>
    Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<RewardInput> inputs, CancellationToken cancellationToken);
}
