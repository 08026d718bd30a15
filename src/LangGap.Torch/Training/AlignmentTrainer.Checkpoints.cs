using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Rewards;

namespace LangGap.Torch.Training;

/// <summary>Resumable checkpoints: <c>OUT/checkpoint</c> holds the model folder, <c>optimizer.bin</c> and
/// <c>trainer_state.json</c> (method, base model, options, step, records drawn and the method's own state).</summary>
/// <remarks>A checkpoint holds no absolute path: its model folder has the tokenizer files, and a resumed run takes
/// them from there, so an output folder resumes after it (or the base model) was moved.</remarks>
public sealed partial class AlignmentTrainer
{
    /// <summary>The JSONL metrics log in the output folder.</summary>
    public const string MetricsFile = "metrics.jsonl";

    /// <summary>The resumable checkpoint's folder inside the output folder.</summary>
    public const string CheckpointFolder = "checkpoint";

    private const string StateFile = "trainer_state.json";
    private const string OptimizerFile = "optimizer.bin";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes a resumable checkpoint to <c>OUT/checkpoint</c>, replacing the previous one only once complete.</summary>
    public void SaveCheckpoint()
    {
        var final = Path.Combine(OutputDirectory, CheckpointFolder);
        var staging = final + ".tmp";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
        Directory.CreateDirectory(staging);
        SaveModel(staging);
        _optimizer.save_state_dict(Path.Combine(staging, OptimizerFile));
        var state = new JsonObject
        {
            ["method"] = Method.ToString().ToLowerInvariant(),
            ["model"] = _modelSpec,
            ["step"] = Step,
            ["records"] = _context.Data.Records.Count,
            ["drawn"] = _drawn.ToString(CultureInfo.InvariantCulture),
            ["options"] = JsonSerializer.SerializeToNode(Options),
            ["objective"] = _objective.SaveState(),
        };
        File.WriteAllText(Path.Combine(staging, StateFile), state.ToJsonString(Indented));
        if (Directory.Exists(final))
        {
            Directory.Delete(final, recursive: true);
        }
        Directory.Move(staging, final);
    }

    /// <summary>Continues the run whose checkpoint is in <c><paramref name="outputDirectory"/>/checkpoint</c>.</summary>
    /// <param name="outputDirectory">The output folder of the interrupted run.</param>
    /// <param name="data">The same training data.</param>
    /// <param name="reward">The same reward (for sampling methods).</param>
    /// <param name="steps">A new total number of steps, or null to keep the run's.</param>
    /// <exception cref="InvalidInputException">There is no checkpoint, or the data differs in size.</exception>
    public static AlignmentTrainer Resume(string outputDirectory, TrainingDataset data, IReward? reward, int? steps = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(data);
        var directory = Path.Combine(outputDirectory, CheckpointFolder);
        var statePath = Path.Combine(directory, StateFile);
        if (!File.Exists(statePath))
        {
            throw new InvalidInputException($"{outputDirectory}: no checkpoint to resume ({CheckpointFolder}/{StateFile} is missing).");
        }
        var state = JsonNode.Parse(File.ReadAllText(statePath))!.AsObject();
        var method = Enum.Parse<AlignmentMethod>(state["method"]!.GetValue<string>(), ignoreCase: true);
        var options = state["options"].Deserialize<AlignmentOptions>()
            ?? throw new InvalidInputException($"{statePath}: 'options' is missing.");
        if (steps is { } total)
        {
            options = options with { Steps = total };
        }
        options.Validate(method);
        var records = state["records"]!.GetValue<int>();
        if (records != data.Records.Count)
        {
            throw new InvalidInputException($"{statePath}: the run was trained on {records} records but the data has {data.Records.Count}.");
        }
        var rewardModel = method == AlignmentMethod.Reward ? RewardModel.Load(directory, options.MaxPromptTokens) : null;
        var policy = rewardModel?.Model ?? HfCheckpoint.Load(directory);
        AlignmentTrainer trainer;
        try
        {
            trainer = new AlignmentTrainer(
                method, state["model"]!.GetValue<string>(), policy, rewardModel, data, options, reward, outputDirectory, directory);
        }
        catch
        {
            (rewardModel as IDisposable ?? policy).Dispose();
            throw;
        }
        trainer._optimizer.load_state_dict(Path.Combine(directory, OptimizerFile));
        trainer.Step = state["step"]!.GetValue<int>();
        trainer._drawn = long.Parse(state["drawn"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        trainer._objective.LoadState(state["objective"]!.AsObject());
        MetricsLog.Truncate(Path.Combine(outputDirectory, MetricsFile), trainer.Step);
        return trainer;
    }
}
