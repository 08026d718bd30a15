using LangGap.Pruning;
using LangGap.Torch.Modules;
using LangGap.Torch.Training;

namespace LangGap.Torch.Pruning;

/// <summary>Settings of <see cref="CorpusPruner"/>.</summary>
public sealed record PruneOptions
{
    /// <summary>How pairs are scored. Default CAT.</summary>
    public PruningMethod Method { get; init; } = PruningMethod.Cat;

    /// <summary>How CAT aggregates perplexities across checkpoints. Default variance.</summary>
    public CatAggregation Aggregation { get; init; } = CatAggregation.Variance;

    /// <summary>The fraction of pairs kept, in (0, 1]. Default 0.5.</summary>
    public double Keep { get; init; } = 0.5;

    /// <summary>Keep the lowest scores instead of the highest. Default false (keep-high).</summary>
    public bool KeepLow { get; init; }

    /// <summary>Keep the fraction within each language pair instead of over the whole corpus. Default false.</summary>
    public bool PerPair { get; init; }

    /// <summary>Seed of the random baseline and of model initialisation and batch sampling. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>Training steps at which checkpoints are scored (CAT uses all; loss uses the first). Default 50, 100, 150, 200.</summary>
    public IReadOnlyList<int> CheckpointSteps { get; init; } = [50, 100, 150, 200];

    /// <summary>The network trained for the dynamics. Default <see cref="TranslationEncoding.SmallConfig"/>.</summary>
    public TransformerConfig Config { get; init; } = TranslationEncoding.SmallConfig;

    /// <summary>Optimizer settings (steps come from <see cref="CheckpointSteps"/>; the seed from <see cref="Seed"/>).</summary>
    public TrainingOptions Training { get; init; } = new() { BatchSize = 16, LearningRate = 3e-3, MinLearningRate = 3e-4, WarmupSteps = 20 };

    /// <summary>Longest encoded pair in tokens (bytes). Default 256.</summary>
    public int MaxTokens { get; init; } = 256;

    /// <summary>Pairs per forward pass when scoring. Default 8 (fastest in `bench prune-score`).</summary>
    public int ScoreBatchSize { get; init; } = 8;

    /// <summary>Whether <see cref="Method"/> trains a model.</summary>
    public bool NeedsTraining => Method is PruningMethod.Cat or PruningMethod.Loss;

    /// <summary>The settings string recorded with the result, e.g. <c>method:cat|agg:variance|keep:0.5|dir:high|seed:0|ckpt:50,100</c>.</summary>
    public string Describe()
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var text = $"method:{Name(Method)}";
        if (Method == PruningMethod.Cat)
        {
            text += $"|agg:{Name(Aggregation)}";
        }
        text += string.Create(inv, $"|keep:{Keep}|dir:{(KeepLow ? "low" : "high")}{(PerPair ? "|per-pair" : "")}|seed:{Seed}");
        if (NeedsTraining)
        {
            text += string.Create(inv, $"|ckpt:{string.Join(",", CheckpointSteps)}{(Method == PruningMethod.Loss ? "|at:first" : "")}|bs:{Training.BatchSize}|lr:{Training.LearningRate}|max-tokens:{MaxTokens}|model:{Config.NumLayers}x{Config.HiddenSize}");
        }
        return text;
    }

    /// <summary>The command-line name of a method (<c>length-ratio</c>, …).</summary>
    public static string Name(PruningMethod method) => method switch
    {
        PruningMethod.LengthRatio => "length-ratio",
        _ => method.ToString().ToLowerInvariant(),
    };

    /// <summary>The command-line name of an aggregation (<c>mean-abs-change</c>, …).</summary>
    public static string Name(CatAggregation aggregation) => aggregation switch
    {
        CatAggregation.Variance => "variance",
        CatAggregation.MeanAbsoluteChange => "mean-abs-change",
        CatAggregation.CoefficientOfVariation => "cv",
        _ => aggregation.ToString(),
    };
}
