namespace LangGap.Torch.Training;

/// <summary>Settings of an alignment run; defaults follow TRL where it has one.</summary>
public sealed record AlignmentOptions
{
    /// <summary>Optimizer steps in total. Default 100.</summary>
    public int Steps { get; init; } = 100;

    /// <summary>Records (prompts or pairs) per micro-batch. Default 4.</summary>
    public int BatchSize { get; init; } = 4;

    /// <summary>Micro-batches whose gradients are summed before each optimizer step. Default 1.</summary>
    public int GradientAccumulation { get; init; } = 1;

    /// <summary>Peak learning rate of AdamW. Default 1e-5.</summary>
    public double LearningRate { get; init; } = 1e-5;

    /// <summary>Decay after warm-up. Default <see cref="LearningRateSchedule.Linear"/>.</summary>
    public LearningRateSchedule Schedule { get; init; } = LearningRateSchedule.Linear;

    /// <summary>Steps of linear warm-up: step i (0-based) uses (i + 1)/W of the peak rate. Default 0.</summary>
    public int WarmupSteps { get; init; }

    /// <summary>AdamW decoupled weight decay. Default 0.</summary>
    public double WeightDecay { get; init; }

    /// <summary>AdamW β1. Default 0.9.</summary>
    public double AdamBeta1 { get; init; } = 0.9;

    /// <summary>AdamW β2. Default 0.999.</summary>
    public double AdamBeta2 { get; init; } = 0.999;

    /// <summary>Largest global gradient L2 norm. Default 1.</summary>
    public double GradientClip { get; init; } = 1;

    /// <summary>Seed of record order and sampling. Default 42.</summary>
    public long Seed { get; init; } = 42;

    /// <summary>Write a resumable checkpoint every this many steps (0: only at the end). Default 50.</summary>
    public int SaveEvery { get; init; } = 50;

    /// <summary>β: DPO's KL strength (default 0.1) or the KL coefficient of RLOO/REINFORCE rewards (default 0.05).</summary>
    public double? Beta { get; init; }

    /// <summary>DPO loss variant. Default sigmoid.</summary>
    public DpoLossKind DpoLoss { get; init; } = DpoLossKind.Sigmoid;

    /// <summary>DPO label smoothing ε in [0, 0.5). Default 0.</summary>
    public double LabelSmoothing { get; init; }

    /// <summary>Completions sampled per prompt: RLOO and RAFT default 4, REINFORCE 1.</summary>
    public int? K { get; init; }

    /// <summary>Sampling temperature. Default 1.</summary>
    public double Temperature { get; init; } = 1;

    /// <summary>Sample only among the k most likely tokens, or null for all. Default null.</summary>
    public int? TopK { get; init; }

    /// <summary>Longest sampled completion. Default 64 tokens.</summary>
    public int MaxNewTokens { get; init; } = 64;

    /// <summary>Longest prompt kept (last tokens). Default 256.</summary>
    public int MaxPromptTokens { get; init; } = 256;

    /// <summary>Longest given completion kept (first tokens). Default 256.</summary>
    public int MaxCompletionTokens { get; init; } = 256;

    /// <summary>Standardise advantages over the batch (TRL's <c>normalize_advantages</c>). Default false.</summary>
    public bool NormalizeAdvantages { get; init; }

    /// <summary>Optimizer steps per sampled batch; above 1 the batch is reused with PPO's clipped ratio. Default 1.</summary>
    public int Iterations { get; init; } = 1;

    /// <summary>Clip range ε of the ratio when a batch is reused. Default 0.2.</summary>
    public double ClipEpsilon { get; init; } = 0.2;

    /// <summary>Decay of REINFORCE's moving-average baseline. Default 0.9.</summary>
    public double BaselineDecay { get; init; } = 0.9;

    /// <summary>β for <paramref name="method"/>: the given value or the method's default.</summary>
    public double BetaFor(AlignmentMethod method) => Beta ?? (method == AlignmentMethod.Dpo ? 0.1 : 0.05);

    /// <summary>Completions per prompt for <paramref name="method"/>.</summary>
    public int KFor(AlignmentMethod method) => K ?? (method == AlignmentMethod.Reinforce ? 1 : 4);

    /// <summary>Checks every field for <paramref name="method"/>; throws <see cref="ArgumentOutOfRangeException"/> naming the first bad one.</summary>
    public void Validate(AlignmentMethod method)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Steps, nameof(Steps));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BatchSize, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(GradientAccumulation, nameof(GradientAccumulation));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(LearningRate, nameof(LearningRate));
        ArgumentOutOfRangeException.ThrowIfNegative(WarmupSteps, nameof(WarmupSteps));
        ArgumentOutOfRangeException.ThrowIfNegative(WeightDecay, nameof(WeightDecay));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(GradientClip, nameof(GradientClip));
        ArgumentOutOfRangeException.ThrowIfNegative(SaveEvery, nameof(SaveEvery));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxNewTokens, nameof(MaxNewTokens));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPromptTokens, nameof(MaxPromptTokens));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxCompletionTokens, nameof(MaxCompletionTokens));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Iterations, nameof(Iterations));
        ArgumentOutOfRangeException.ThrowIfNegative(ClipEpsilon, nameof(ClipEpsilon));
        ArgumentOutOfRangeException.ThrowIfNegative(Temperature, nameof(Temperature));
        ArgumentOutOfRangeException.ThrowIfNegative(BetaFor(method), nameof(Beta));
        if (method == AlignmentMethod.Dpo)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BetaFor(method), nameof(Beta));
        }
        if (LabelSmoothing < 0 || LabelSmoothing >= 0.5)
        {
            throw new ArgumentOutOfRangeException(nameof(LabelSmoothing), LabelSmoothing, "Label smoothing must be in [0, 0.5).");
        }
        if (BaselineDecay < 0 || BaselineDecay >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BaselineDecay), BaselineDecay, "Baseline decay must be in [0, 1).");
        }
        if (Iterations > 1 && GradientAccumulation > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Iterations), Iterations, "Reusing a sampled batch needs a gradient accumulation of 1.");
        }
        var k = KFor(method);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, method == AlignmentMethod.Rloo ? 2 : 1, nameof(K));
    }

    /// <summary>Learning rate of optimizer step <paramref name="step"/> (0-based).</summary>
    public double LearningRateAt(int step)
    {
        if (step < WarmupSteps)
        {
            return LearningRate * (step + 1) / WarmupSteps;
        }
        var progress = (double)(step - WarmupSteps) / Math.Max(1, Steps - WarmupSteps);
        return Schedule switch
        {
            LearningRateSchedule.Linear => LearningRate * Math.Max(0, 1 - progress),
            LearningRateSchedule.Cosine => LearningRate * 0.5 * (1 + Math.Cos(Math.PI * Math.Min(1, progress))),
            _ => LearningRate,
        };
    }
}
