namespace LangGap.Torch.Training.Losses;

/// <summary>Log-probabilities of chosen tokens from logits.</summary>
public static class TokenLogProbs
{
    /// <summary>log softmax(<paramref name="logits"/>) at <paramref name="targets"/>: (B, T, V) and (B, T) give (B, T).</summary>
    public static Tensor Gather(Tensor logits, Tensor targets)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(targets);
        using var scope = NewDisposeScope();
        var logProbs = logits.log_softmax(-1);                                                         // (B, T, V)
        return logProbs.gather(-1, targets.to_type(ScalarType.Int64).unsqueeze(-1)).squeeze(-1).MoveToOuterDisposeScope();
    }
}
