namespace LangGap.Torch.Training.Losses;

/// <summary>The Bradley–Terry loss of a reward model on preference pairs: mean of −log σ(r_chosen − r_rejected).</summary>
public static class BradleyTerryLoss
{
    /// <summary>The loss for (B) chosen and (B) rejected scalar rewards.</summary>
    public static Tensor Compute(Tensor chosenRewards, Tensor rejectedRewards)
    {
        ArgumentNullException.ThrowIfNull(chosenRewards);
        ArgumentNullException.ThrowIfNull(rejectedRewards);
        using var scope = NewDisposeScope();
        return (-nn.functional.logsigmoid(chosenRewards - rejectedRewards)).mean().MoveToOuterDisposeScope();
    }
}
