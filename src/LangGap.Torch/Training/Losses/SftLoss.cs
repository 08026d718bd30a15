namespace LangGap.Torch.Training.Losses;

/// <summary>Supervised fine-tuning loss: cross-entropy averaged over completion tokens only (prompt and padding are masked).</summary>
public static class SftLoss
{
    /// <summary>Mean cross-entropy over positions where <paramref name="mask"/> is 1.</summary>
    /// <param name="logits">(B, T, V) next-token logits.</param>
    /// <param name="targets">(B, T) the token each position must predict.</param>
    /// <param name="mask">(B, T) 1 on completion tokens, 0 elsewhere.</param>
    public static Tensor Compute(Tensor logits, Tensor targets, Tensor mask)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(mask);
        using var scope = NewDisposeScope();
        var logProbs = TokenLogProbs.Gather(logits, targets);                                          // (B, T)
        var m = mask.to_type(logProbs.dtype);
        return (-(logProbs * m).sum() / m.sum().clamp_min(1)).MoveToOuterDisposeScope();
    }
}
