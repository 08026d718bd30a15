using LangGap.Evaluation.Scoring;
using LangGap.Torch.Training.Data;

namespace LangGap.Torch.Training.Rewards;

/// <summary>A training reward as an evaluation scorer, so a reward model (<c>rm:DIR</c>) or the fidelity probability can
/// rank candidates in synthesis and be stored like any score.</summary>
/// <remarks>The sample becomes a plain-text training record (its messages as the prompt, its language, its first
/// reference). A NaN reward is unscored with the reward's name, never 0. <see cref="Settings"/> carry the
/// <paramref name="identity"/> the caller gives (for a reward model, a hash of its weights and head), so scores stored
/// under one model are never reused for another.</remarks>
/// <param name="reward">The reward (owned by the caller).</param>
/// <param name="name">The scorer's name (for example <c>reward</c>).</param>
/// <param name="descriptor">What the reward's values are.</param>
/// <param name="identity">Everything that changes the reward's values, as text.</param>
public sealed class RewardScorer(IReward reward, string name, ScoreDescriptor descriptor, string identity) : IScorer
{
    // Rewards run local models that are not safe to call from several threads; the runner scores in parallel.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The descriptor of an unbounded reward-model score where higher is better.</summary>
    public static ScoreDescriptor Unbounded { get; } = new(ScoreKind.Graded, double.NegativeInfinity, double.PositiveInfinity, ScoreDirection.HigherIsBetter, "reward", 3);

    /// <inheritdoc />
    public string Name { get; } = name;

    /// <inheritdoc />
    public ScoreDescriptor Descriptor { get; } = descriptor;

    /// <inheritdoc />
    public object? Settings => new { Reward = reward.Name, Identity = identity };

    /// <inheritdoc />
    public async ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var record = new TrainingRecord
        {
            Source = input.Sample.Id,
            Conversational = false,
            Prompt = input.Sample.Messages,
            Language = input.Sample.Language.ToString(),
            Reference = input.Sample.References.Count > 0 ? input.Sample.References[0] : null,
        };
        IReadOnlyList<double> values;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            values = await reward.ScoreAsync([new RewardInput(record, input.Output.Trim())], cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
        return double.IsNaN(values[0]) ? Score.Unscored($"reward '{reward.Name}' gave no value") : Score.Of(values[0]);
    }
}
