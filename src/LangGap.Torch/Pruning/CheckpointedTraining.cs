using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Modules;
using LangGap.Torch.Training;

namespace LangGap.Torch.Pruning;

/// <summary>Trains a translation model from scratch in a work folder, saving a model folder at each chosen step;
/// a killed run resumes from its last saved checkpoint and continues exactly.</summary>
/// <remarks>The folder's <c>run.json</c> holds the settings and a hash of the encoded corpus; a folder made with other
/// settings or data is refused rather than reused. Each checkpoint <c>step-N/</c> is a Hugging Face model folder plus
/// the optimizer, step and random states, written under a temporary name and renamed when complete.</remarks>
public static class CheckpointedTraining
{
    private const string RunFile = "run.json";

    /// <summary>The folder of the checkpoint at <paramref name="step"/>.</summary>
    public static string CheckpointDirectory(string workDirectory, int step) =>
        Path.Combine(workDirectory, string.Create(CultureInfo.InvariantCulture, $"step-{step}"));

    /// <summary>Trains to the last of <paramref name="checkpointSteps"/> (ascending, positive), saving each; returns their folders.</summary>
    public static IReadOnlyList<string> Run(
        IReadOnlyList<EncodedPair> pairs, TransformerConfig config, TrainingOptions options, IReadOnlyList<int> checkpointSteps,
        string workDirectory, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(checkpointSteps);
        if (checkpointSteps.Count == 0 || checkpointSteps[0] <= 0 || checkpointSteps.Zip(checkpointSteps.Skip(1)).Any(p => p.Second <= p.First))
        {
            throw new ArgumentException($"Checkpoint steps must be positive and ascending, found '{string.Join(",", checkpointSteps)}'.", nameof(checkpointSteps));
        }
        options = options with { Steps = checkpointSteps[^1] };
        Directory.CreateDirectory(workDirectory);
        ClaimFolder(workDirectory, pairs, config, options, checkpointSteps);
        var tokenizerPath = Path.Combine(workDirectory, "tokenizer.json");
        File.WriteAllText(tokenizerPath, ByteLevelTokenizer.Create(TranslationEncoding.SpecialTokens));
        var directories = checkpointSteps.Select(s => CheckpointDirectory(workDirectory, s)).ToArray();
        var done = directories.Count(Directory.Exists);
        if (done == directories.Length)
        {
            progress?.Invoke($"all {done} checkpoints already in {workDirectory}");
            return directories;
        }
        var model = new CausalLM(config);
        using var _ = model;
        NextTokenTrainer.Initialize(model, std: 0.02, seed: options.Seed);
        using var trainer = new TranslationTrainer(model, pairs, options);
        if (done > 0)
        {
            Restore(trainer, directories[done - 1]);
            progress?.Invoke($"resumed from {directories[done - 1]} at step {trainer.Step}");
        }
        var recent = new Queue<double>();
        for (var c = done; c < checkpointSteps.Count; c++)
        {
            while (trainer.Step < checkpointSteps[c])
            {
                cancellationToken.ThrowIfCancellationRequested();
                recent.Enqueue(trainer.TrainStep());
                if (recent.Count > 50)
                {
                    recent.Dequeue();
                }
                if (trainer.Step % 50 == 0)
                {
                    progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"step {trainer.Step}/{options.Steps}  target loss {recent.Average():F3}"));
                }
            }
            Save(trainer, directories[c], tokenizerPath);
            progress?.Invoke($"saved {directories[c]}");
        }
        return directories;
    }

    /// <summary>A hash of the encoded pairs, to tell whether a work folder was made from the same data.</summary>
    public static string Hash(IReadOnlyList<EncodedPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var pair in pairs)
        {
            sha.AppendData(BitConverter.GetBytes(pair.TargetStart));
            sha.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(pair.Ids.AsSpan()));
            sha.AppendData(BitConverter.GetBytes(-1));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static void ClaimFolder(string workDirectory, IReadOnlyList<EncodedPair> pairs, TransformerConfig config, TrainingOptions options, IReadOnlyList<int> steps)
    {
        var run = new JsonObject
        {
            ["corpus_sha256"] = Hash(pairs),
            ["pairs"] = pairs.Count,
            ["config"] = JsonNode.Parse(HfConfig.ToJson(config)),
            ["options"] = JsonSerializer.SerializeToNode(options),
            ["checkpoint_steps"] = new JsonArray(steps.Select(s => (JsonNode?)s).ToArray()),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var path = Path.Combine(workDirectory, RunFile);
        if (File.Exists(path))
        {
            if (!string.Equals(File.ReadAllText(path), run, StringComparison.Ordinal))
            {
                throw new InvalidInputException($"{workDirectory} holds a training run with other data or settings; use another folder so it is kept.");
            }
            return;
        }
        if (Directory.EnumerateFileSystemEntries(workDirectory).Any())
        {
            throw new InvalidInputException($"{workDirectory} is not empty and holds no {RunFile}; use an empty or new folder.");
        }
        File.WriteAllText(path, run);
    }

    private static void Save(TranslationTrainer trainer, string directory, string tokenizerPath)
    {
        var temporary = directory + ".partial";
        if (Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }
        TrainingCheckpoint.SaveModel(temporary, trainer.Model, tokenizerPath);
        trainer.Optimizer.save_state_dict(Path.Combine(temporary, "optimizer.bin"));
        using var rng = get_rng_state();
        var state = new JsonObject
        {
            ["step"] = trainer.Step,
            ["data_rng_state"] = trainer.Random.State.ToString(CultureInfo.InvariantCulture),
            ["torch_rng_state"] = Convert.ToBase64String(rng.bytes.ToArray()),
        };
        File.WriteAllText(Path.Combine(temporary, "trainer_state.json"), state.ToJsonString());
        Directory.Move(temporary, directory);
    }

    private static void Restore(TranslationTrainer trainer, string directory)
    {
        HfCheckpoint.LoadWeights(trainer.Model, directory);
        trainer.Optimizer.load_state_dict(Path.Combine(directory, "optimizer.bin"));
        var state = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "trainer_state.json")))!.AsObject();
        trainer.Step = state["step"]!.GetValue<int>();
        trainer.Random = new SplitMix64(ulong.Parse(state["data_rng_state"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        using var rng = tensor(Convert.FromBase64String(state["torch_rng_state"]!.GetValue<string>()), dtype: ScalarType.Byte);
        set_rng_state(rng);
    }
}
