namespace LangGap.Torch.Training.Losses;

/// <summary>REINFORCE leave-one-out (RLOO): KL-shaped sequence rewards, leave-one-out advantages and the policy loss,
/// with TRL's RLOOTrainer semantics.</summary>
/// <remarks>Completions are laid out prompt by prompt: rows p·k … p·k+k−1 are the k samples of prompt p. Per-token tensors
/// are (N, T) with a (N, T) mask that is 1 on completion tokens and 0 on padding.</remarks>
public static class RlooLoss
{
    /// <summary>Sequence rewards R = r − β·Σ_t (log π − log π_ref) over completion tokens, and the summed KL term.</summary>
    /// <param name="scores">(N) rewards r of the completions.</param>
    /// <param name="logProbs">(N, T) token log-probabilities under the sampling policy (treated as constants).</param>
    /// <param name="referenceLogProbs">(N, T) token log-probabilities under the reference model.</param>
    /// <param name="mask">(N, T) completion-token mask.</param>
    /// <param name="beta">KL coefficient (TRL's default is 0.05).</param>
    public static (Tensor Rewards, Tensor Kl) ShapedRewards(Tensor scores, Tensor logProbs, Tensor referenceLogProbs, Tensor mask, double beta)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(logProbs);
        ArgumentNullException.ThrowIfNull(referenceLogProbs);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentOutOfRangeException.ThrowIfNegative(beta);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var kl = ((logProbs - referenceLogProbs) * mask).sum(1);                                       // (N)
        var rewards = scores - beta * kl;                                                              // (N)
        return (rewards.MoveToOuterDisposeScope(), kl.MoveToOuterDisposeScope());
    }

    /// <summary>Leave-one-out advantages: each reward minus the mean reward of the other k − 1 samples of its prompt.</summary>
    /// <param name="rewards">(N) sequence rewards, N a multiple of <paramref name="k"/>.</param>
    /// <param name="k">Samples per prompt (at least 2).</param>
    public static Tensor Advantages(Tensor rewards, int k)
    {
        ArgumentNullException.ThrowIfNull(rewards);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        if (rewards.shape[0] % k != 0)
        {
            throw new ArgumentException($"Expected a multiple of k = {k} rewards, found {rewards.shape[0]}.", nameof(rewards));
        }
        using var scope = NewDisposeScope();
        var grouped = rewards.view(-1, k);                                                             // (P, k)
        var baselines = (grouped.sum(1, keepdim: true) - grouped) / (k - 1);                           // (P, k)
        return (grouped - baselines).view(-1).MoveToOuterDisposeScope();                               // (N)
    }

    /// <summary>Advantages standardised over the whole batch: (A − mean) / (std + 1e-4), std with Bessel's correction, as TRL.</summary>
    public static Tensor Normalize(Tensor advantages)
    {
        ArgumentNullException.ThrowIfNull(advantages);
        using var scope = NewDisposeScope();
        return ((advantages - advantages.mean()) / (advantages.std() + 1e-4)).MoveToOuterDisposeScope();
    }

    /// <summary>The policy-gradient loss averaged over completions.</summary>
    /// <remarks>On-policy (<paramref name="oldSequenceLogProbs"/> null) it is REINFORCE, −A·Σ_t log π. When a sampled batch
    /// is reused for more than one update it is PPO's clipped objective on the sequence ratio ρ = exp(Σ log π − Σ log π_old):
    /// −min(ρ·A, clip(ρ, 1−ε, 1+ε)·A). At ρ = 1 both have the same gradient.</remarks>
    /// <param name="logProbs">(N, T) token log-probabilities under the policy being trained (with gradients).</param>
    /// <param name="mask">(N, T) completion-token mask.</param>
    /// <param name="advantages">(N) advantages (constants).</param>
    /// <param name="oldSequenceLogProbs">(N) summed log-probabilities when the batch was sampled, or null when on-policy.</param>
    /// <param name="epsilon">Clip range ε of the ratio (TRL's default 0.2).</param>
    public static Tensor PolicyLoss(Tensor logProbs, Tensor mask, Tensor advantages, Tensor? oldSequenceLogProbs = null, double epsilon = 0.2)
    {
        ArgumentNullException.ThrowIfNull(logProbs);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(advantages);
        ArgumentOutOfRangeException.ThrowIfNegative(epsilon);
        using var scope = NewDisposeScope();
        var sequence = (logProbs * mask).sum(1);                                                       // (N)
        var a = advantages.detach();
        if (oldSequenceLogProbs is null)
        {
            return (-(a * sequence)).mean().MoveToOuterDisposeScope();
        }
        var ratio = (sequence - oldSequenceLogProbs.detach()).exp();                                   // (N)
        var clipped = ratio.clamp(1 - epsilon, 1 + epsilon);
        return (-minimum(ratio * a, clipped * a)).mean().MoveToOuterDisposeScope();
    }
}
