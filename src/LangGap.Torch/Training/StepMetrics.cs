namespace LangGap.Torch.Training;

/// <summary>What one optimizer step measured; written as one line of <c>metrics.jsonl</c>.</summary>
/// <param name="Step">The step number (1-based, after the update).</param>
/// <param name="Loss">Mean training loss of the step.</param>
/// <param name="Reward">Mean reward of the sampled completions (RLOO, REINFORCE, RAFT), the chosen-minus-rejected reward
/// margin (DPO, reward model), or NaN.</param>
/// <param name="Kl">Mean summed KL term Σ(log π − log π_ref) per completion, or NaN.</param>
/// <param name="LearningRate">The learning rate used.</param>
/// <param name="GradientNorm">Global gradient norm before clipping.</param>
/// <param name="Tokens">Tokens processed (sampled plus scored).</param>
/// <param name="Seconds">Wall time of the step.</param>
public sealed record StepMetrics(int Step, double Loss, double Reward, double Kl, double LearningRate, double GradientNorm, long Tokens, double Seconds)
{
    /// <summary>Tokens per second of the step.</summary>
    public double TokensPerSecond => Seconds > 0 ? Tokens / Seconds : 0;
}
