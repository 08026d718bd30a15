using System.Diagnostics;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Objectives;
using LangGap.Torch.Training.Rewards;

namespace LangGap.Torch.Training;

/// <summary>Runs SFT, DPO, RLOO, REINFORCE, RAFT or reward-model training on a model with AdamW, warm-up and decay,
/// gradient accumulation and clipping; writes a JSONL metrics log, resumable checkpoints and the final model.</summary>
/// <remarks>Everything random is derived from <see cref="AlignmentOptions.Seed"/> and the step number (record order by
/// epoch-wise shuffles, sampling seeds per micro-batch), and checkpoints hold the optimizer state and the method's state, so a
/// resumed run reproduces the losses of an uninterrupted one.</remarks>
public sealed partial class AlignmentTrainer : IDisposable
{
    private readonly TrainingContext _context;
    private readonly IAlignmentObjective _objective;
    private readonly RewardModel? _rewardModel;
    private readonly AdamW _optimizer;
    private readonly Parameter[] _parameters;
    private readonly string _modelSpec;
    private readonly string _tokenizerDirectory;
    private long _drawn;
    private (long Epoch, int[] Indices) _order = (-1, []);

    private AlignmentTrainer(
        AlignmentMethod method, string modelSpec, PretrainedModel policy, RewardModel? rewardModel, TrainingDataset data,
        AlignmentOptions options, IReward? reward, string outputDirectory, string tokenizerDirectory)
    {
        _modelSpec = modelSpec;
        _tokenizerDirectory = tokenizerDirectory;
        OutputDirectory = outputDirectory;
        _rewardModel = rewardModel;
        PretrainedModel? reference = null;
        if (method is AlignmentMethod.Rloo or AlignmentMethod.Reinforce && options.BetaFor(method) > 0)
        {
            reference = ModelSource.Load(modelSpec);
        }
        var encoder = new CompletionEncoder(policy, options.MaxPromptTokens, options.MaxCompletionTokens);
        _context = new TrainingContext(method, policy, reference, encoder, data, options, reward);
        _objective = method switch
        {
            AlignmentMethod.Sft => new SftObjective(_context),
            AlignmentMethod.Dpo => new DpoObjective(_context),
            AlignmentMethod.Rloo or AlignmentMethod.Reinforce => new PolicyGradientObjective(_context),
            AlignmentMethod.Raft => new RaftObjective(_context),
            _ => new RewardModelObjective(_context, rewardModel!),
        };
        data.Require(_objective.Needs, method.ToString().ToLowerInvariant());
        _parameters = [.. policy.Model.parameters(), .. rewardModel?.Head.parameters() ?? []];
        _optimizer = optim.AdamW(_parameters, options.LearningRate, options.AdamBeta1, options.AdamBeta2, 1e-8, options.WeightDecay);
    }

    /// <summary>The training method.</summary>
    public AlignmentMethod Method => _context.Method;

    /// <summary>The settings in use.</summary>
    public AlignmentOptions Options => _context.Options;

    /// <summary>The model being trained.</summary>
    public PretrainedModel Policy => _context.Policy;

    /// <summary>Where the metrics log, checkpoints and the final model are written.</summary>
    public string OutputDirectory { get; }

    /// <summary>Optimizer steps taken so far.</summary>
    public int Step { get; private set; }

    /// <summary>Starts a fresh run of <paramref name="method"/> on <paramref name="modelSpec"/> (<c>embedded</c> or a folder).</summary>
    /// <exception cref="InvalidInputException">The data does not fit the method, or <paramref name="outputDirectory"/> already
    /// holds a run (resume it with <see cref="Resume"/> instead).</exception>
    public static AlignmentTrainer Create(
        AlignmentMethod method, string modelSpec, TrainingDataset data, AlignmentOptions options, IReward? reward,
        string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelSpec);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        options.Validate(method);
        if (method is AlignmentMethod.Rloo or AlignmentMethod.Reinforce or AlignmentMethod.Raft && reward is null)
        {
            throw new ArgumentException($"Method '{method.ToString().ToLowerInvariant()}' needs a reward.", nameof(reward));
        }
        if (File.Exists(Path.Combine(outputDirectory, MetricsFile)) || Directory.Exists(Path.Combine(outputDirectory, CheckpointFolder)))
        {
            throw new InvalidInputException($"{outputDirectory}: already holds a training run; resume it or choose another output folder.");
        }
        var tokenizerDirectory = modelSpec.Equals(ModelSource.EmbeddedName, StringComparison.OrdinalIgnoreCase) ? ModelSource.EmbeddedDirectory : modelSpec;
        var policy = ModelSource.Load(modelSpec);
        RewardModel? rewardModel = null;
        try
        {
            rewardModel = method == AlignmentMethod.Reward ? RewardModel.Create(policy, options.Seed, options.MaxPromptTokens) : null;
            var trainer = new AlignmentTrainer(method, modelSpec, policy, rewardModel, data, options, reward, outputDirectory, tokenizerDirectory);
            trainer._objective.Prepare(cancellationToken);
            Directory.CreateDirectory(outputDirectory);
            return trainer;
        }
        catch
        {
            if (rewardModel is not null)
            {
                rewardModel.Dispose();
            }
            else
            {
                policy.Dispose();
            }
            throw;
        }
    }

    /// <summary>Runs until <see cref="AlignmentOptions.Steps"/>, checkpointing every <see cref="AlignmentOptions.SaveEvery"/>
    /// steps, then writes the final model and a checkpoint to <see cref="OutputDirectory"/>; every step is logged to
    /// <see cref="MetricsFile"/> there (charts of it are drawn by the caller).</summary>
    /// <param name="progress">Receives each step's metrics.</param>
    /// <param name="stopAfter">Stop (after checkpointing) once this many steps are done, before the end; for interrupted runs.</param>
    /// <param name="cancellationToken">Cancels between steps and inside sampling.</param>
    public async Task RunAsync(Action<StepMetrics>? progress = null, int? stopAfter = null, CancellationToken cancellationToken = default)
    {
        while (Step < Options.Steps)
        {
            if (stopAfter is { } stop && Step >= stop)
            {
                SaveCheckpoint();
                return;
            }
            var metrics = await TrainStepAsync(cancellationToken).ConfigureAwait(false);
            progress?.Invoke(metrics);
            if (Options.SaveEvery > 0 && Step % Options.SaveEvery == 0 && Step < Options.Steps)
            {
                SaveCheckpoint();
            }
        }
        SaveCheckpoint();
        SaveModel(OutputDirectory);
    }

    /// <summary>One optimizer step over <see cref="AlignmentOptions.GradientAccumulation"/> micro-batches.</summary>
    public async Task<StepMetrics> TrainStepAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var learningRate = Options.LearningRateAt(Step);
        foreach (var group in _optimizer.ParamGroups)
        {
            group.LearningRate = learningRate;
        }
        // TorchSharp's zero_grad, clip_grad_norm_ and step create a tensor handle per parameter and leave it to the
        // finalizer; in a scope they are freed at once, so a long run holds no handles (and no memory) from earlier steps.
        using (NewDisposeScope())
        {
            _optimizer.zero_grad();
        }
        var results = new List<MicroBatchResult>();
        var accumulation = Options.GradientAccumulation;
        for (var micro = 0; micro < accumulation; micro++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var records = Draw(Options.BatchSize);
            var seed = unchecked(Options.Seed * 1_000_003L + (long)Step * accumulation + micro + 1);
            results.Add(await _objective.AccumulateAsync(records, Step, seed, 1.0 / accumulation, cancellationToken).ConfigureAwait(false));
        }
        double norm;
        using (NewDisposeScope())
        {
            norm = nn.utils.clip_grad_norm_(_parameters, Options.GradientClip);
            _optimizer.step();
        }
        Step++;
        var metrics = new StepMetrics(
            Step, results.Average(r => r.Loss), MeanOf(results.Select(r => r.Reward)), MeanOf(results.Select(r => r.Kl)),
            learningRate, norm, results.Sum(r => r.Tokens), clock.Elapsed.TotalSeconds);
        MetricsLog.Append(Path.Combine(OutputDirectory, MetricsFile), metrics);
        return metrics;
    }

    /// <summary>Writes the trained model (and a reward model's head) as a LangGap/Hugging Face model folder.</summary>
    public void SaveModel(string directory)
    {
        TrainingCheckpoint.SaveModel(directory, Policy.Model, Path.Combine(_tokenizerDirectory, "tokenizer.json"));
        var config = Path.Combine(_tokenizerDirectory, "tokenizer_config.json");
        var target = Path.Combine(directory, "tokenizer_config.json");
        if (File.Exists(config) && !Path.GetFullPath(config).Equals(Path.GetFullPath(target), StringComparison.Ordinal))
        {
            File.Copy(config, target, overwrite: true);
        }
        _rewardModel?.SaveHead(directory);
    }

    /// <summary>The next <paramref name="count"/> record indices: each epoch visits every record once in a seeded order.</summary>
    private int[] Draw(int count)
    {
        var n = _context.Data.Records.Count;
        var drawn = new int[count];
        for (var i = 0; i < count; i++, _drawn++)
        {
            drawn[i] = EpochOrder(_drawn / n)[(int)(_drawn % n)];
        }
        return drawn;
    }

    private int[] EpochOrder(long epoch)
    {
        if (_order.Epoch == epoch)
        {
            return _order.Indices;
        }
        var random = new SplitMix64(unchecked((ulong)Options.Seed * 0x9E3779B97F4A7C15UL + (ulong)epoch));
        var indices = Enumerable.Range(0, _context.Data.Records.Count).ToArray();
        for (var i = indices.Length - 1; i > 0; i--)
        {
            var j = (int)random.NextInt64(i + 1);
            (indices[i], indices[j]) = (indices[j], indices[i]);
        }
        _order = (epoch, indices);
        return indices;
    }

    private static double MeanOf(IEnumerable<double> values)
    {
        var finite = values.Where(v => !double.IsNaN(v)).ToArray();
        return finite.Length == 0 ? double.NaN : finite.Average();
    }

    /// <summary>Frees the models and the optimizer state.</summary>
    public void Dispose()
    {
        _optimizer.Dispose();
        _context.Reference?.Dispose();
        if (_rewardModel is not null)
        {
            _rewardModel.Dispose();
        }
        else
        {
            _context.Policy.Dispose();
        }
    }
}
