namespace LangGap.Torch.Training.Losses;

/// <summary>Direct preference optimisation losses on summed completion log-probabilities, as TRL's DPOTrainer defines them.</summary>
/// <remarks>Every input is a (B) tensor of sequence log-probabilities. The margin is
/// h = (π_chosen − ref_chosen) − (π_rejected − ref_rejected); losses are averaged over the batch.</remarks>
public static class DpoLoss
{
    /// <summary>The log-ratio margin h, shaped (B).</summary>
    public static Tensor Margin(Tensor policyChosen, Tensor policyRejected, Tensor referenceChosen, Tensor referenceRejected)
    {
        ArgumentNullException.ThrowIfNull(policyChosen);
        ArgumentNullException.ThrowIfNull(policyRejected);
        ArgumentNullException.ThrowIfNull(referenceChosen);
        ArgumentNullException.ThrowIfNull(referenceRejected);
        return (policyChosen - referenceChosen) - (policyRejected - referenceRejected);
    }

    /// <summary>TRL's <c>sigmoid</c> loss: mean of −(1−ε)·log σ(β·h) − ε·log σ(−β·h).</summary>
    /// <param name="policyChosen">(B) log π(chosen | prompt).</param>
    /// <param name="policyRejected">(B) log π(rejected | prompt).</param>
    /// <param name="referenceChosen">(B) log π_ref(chosen | prompt).</param>
    /// <param name="referenceRejected">(B) log π_ref(rejected | prompt).</param>
    /// <param name="beta">Strength of the implicit KL constraint (&gt; 0).</param>
    /// <param name="labelSmoothing">ε in [0, 0.5): the assumed probability that a preference label is flipped (cDPO).</param>
    public static Tensor Sigmoid(
        Tensor policyChosen, Tensor policyRejected, Tensor referenceChosen, Tensor referenceRejected, double beta, double labelSmoothing = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(beta);
        if (labelSmoothing < 0 || labelSmoothing >= 0.5)
        {
            throw new ArgumentOutOfRangeException(nameof(labelSmoothing), labelSmoothing, "Label smoothing must be in [0, 0.5).");
        }
        using var scope = NewDisposeScope();
        var h = Margin(policyChosen, policyRejected, referenceChosen, referenceRejected);          // (B)
        var losses = -nn.functional.logsigmoid(beta * h) * (1 - labelSmoothing);
        if (labelSmoothing > 0)
        {
            losses = losses - nn.functional.logsigmoid(-beta * h) * labelSmoothing;
        }
        return losses.mean().MoveToOuterDisposeScope();
    }

    /// <summary>The IPO loss: mean of (h − 1/(2β))².</summary>
    /// <remarks>TRL feeds IPO with per-token average log-probabilities instead of sums; LangGap's DPO trainer does the same.</remarks>
    public static Tensor Ipo(Tensor policyChosen, Tensor policyRejected, Tensor referenceChosen, Tensor referenceRejected, double beta)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(beta);
        using var scope = NewDisposeScope();
        var h = Margin(policyChosen, policyRejected, referenceChosen, referenceRejected);          // (B)
        return (h - 1 / (2 * beta)).square().mean().MoveToOuterDisposeScope();
    }
}
