namespace LangGap.Torch.Training;

/// <summary>Settings of next-token training: AdamW with linear warm-up, cosine decay and gradient clipping.</summary>
public sealed record TrainingOptions
{
    /// <summary>Optimizer steps to run in total. Default 1000.</summary>
    public int Steps { get; init; } = 1000;

    /// <summary>Sequences per step. Default 16.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Tokens per sequence. Default 256.</summary>
    public int SequenceLength { get; init; } = 256;

    /// <summary>Peak learning rate. Default 3e-3.</summary>
    public double LearningRate { get; init; } = 3e-3;

    /// <summary>Learning rate at the end of the cosine decay. Default 3e-4.</summary>
    public double MinLearningRate { get; init; } = 3e-4;

    /// <summary>Steps of linear warm-up from 0 to <see cref="LearningRate"/>. Default 50.</summary>
    public int WarmupSteps { get; init; } = 50;

    /// <summary>AdamW decoupled weight decay. Default 0.05.</summary>
    public double WeightDecay { get; init; } = 0.05;

    /// <summary>AdamW β1. Default 0.9.</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>AdamW β2. Default 0.95.</summary>
    public double Beta2 { get; init; } = 0.95;

    /// <summary>Largest global gradient L2 norm; larger gradients are scaled down. Default 1.</summary>
    public double GradientClip { get; init; } = 1;

    /// <summary>Seed of weight initialisation and batch sampling. Default 1234.</summary>
    public long Seed { get; init; } = 1234;

    /// <summary>Checks every field; throws <see cref="ArgumentOutOfRangeException"/> naming the first bad one.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Steps, nameof(Steps));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BatchSize, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(SequenceLength, 2, nameof(SequenceLength));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(LearningRate, nameof(LearningRate));
        ArgumentOutOfRangeException.ThrowIfNegative(MinLearningRate, nameof(MinLearningRate));
        ArgumentOutOfRangeException.ThrowIfNegative(WarmupSteps, nameof(WarmupSteps));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(GradientClip, nameof(GradientClip));
    }

    /// <summary>Learning rate for optimizer step <paramref name="step"/> (0-based).</summary>
    public double LearningRateAt(int step)
    {
        if (step < WarmupSteps)
        {
            return LearningRate * (step + 1) / WarmupSteps;
        }
        var progress = Math.Min(1.0, (double)(step - WarmupSteps) / Math.Max(1, Steps - WarmupSteps));
        return MinLearningRate + 0.5 * (LearningRate - MinLearningRate) * (1 + Math.Cos(Math.PI * progress));
    }
}
