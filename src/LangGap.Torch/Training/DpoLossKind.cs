namespace LangGap.Torch.Training;

/// <summary>The DPO loss variant.</summary>
public enum DpoLossKind
{
    /// <summary>TRL's <c>sigmoid</c> loss with optional label smoothing.</summary>
    Sigmoid,

    /// <summary>Identity preference optimisation, on per-token average log-probabilities as TRL computes it.</summary>
    Ipo,
}
