using LangGap.Statistics.Resampling;
using LangGap.Torch.Modules;
using LangGap.Torch.Training;

namespace LangGap.Torch.Pruning;

/// <summary>Settings shared by every retrained system.</summary>
public sealed record RetrainSettings
{
    /// <summary>The network. Default <see cref="TranslationEncoding.SmallConfig"/>.</summary>
    public TransformerConfig Config { get; init; } = TranslationEncoding.SmallConfig;

    /// <summary>Optimizer settings (the step count comes from <see cref="Steps"/>, the seed from <see cref="Seed"/>).</summary>
    public TrainingOptions Training { get; init; } = new() { BatchSize = 16, LearningRate = 3e-3, MinLearningRate = 3e-4, WarmupSteps = 20 };

    /// <summary>Optimizer steps per system. Default 400.</summary>
    public int Steps { get; init; } = 400;

    /// <summary>Seed of initialisation and batch sampling, the same for every system. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>Longest encoded training pair in bytes. Default 256.</summary>
    public int MaxTokens { get; init; } = 256;

    /// <summary>Longest translation in bytes. Default 160.</summary>
    public int MaxNewTokens { get; init; } = 160;

    /// <summary>The paired test (sacrebleu's bootstrap, 1000 resamples, seed 12345 by default).</summary>
    public PairedTestOptions PairedTest { get; init; } = new();
}
