namespace LangGap.Torch.Training.Losses;

/// <summary>The baseline of vanilla REINFORCE: an exponential moving average of past mean rewards.</summary>
/// <remarks>The first batch is its own baseline (advantages centred on its mean); after that each batch uses the average of
/// the batches before it, then folds its own mean in: b ← d·b + (1 − d)·mean(R).</remarks>
public sealed class MovingAverageBaseline
{
    /// <summary>Averages with decay <paramref name="decay"/> in [0, 1).</summary>
    public MovingAverageBaseline(double decay = 0.9)
    {
        if (decay < 0 || decay >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(decay), decay, "Decay must be in [0, 1).");
        }
        Decay = decay;
    }

    /// <summary>Weight of the old average in each update.</summary>
    public double Decay { get; }

    /// <summary>The current baseline, or null before the first batch.</summary>
    public double? Value { get; set; }

    /// <summary>Advantages R − b for <paramref name="rewards"/> (N), then updates b with their mean.</summary>
    public Tensor Advantages(Tensor rewards)
    {
        ArgumentNullException.ThrowIfNull(rewards);
        var mean = rewards.mean().to_type(ScalarType.Float64).item<double>();
        var baseline = Value ?? mean;
        Value = Decay * baseline + (1 - Decay) * mean;
        return rewards - baseline;
    }
}
