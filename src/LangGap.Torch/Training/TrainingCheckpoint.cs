using System.Text.Json;
using System.Text.Json.Nodes;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Modules;

namespace LangGap.Torch.Training;

/// <summary>LangGap's own checkpoints: a Hugging Face-compatible model folder (config.json, model.safetensors,
/// tokenizer.json, generation_config.json) plus, for resuming, the optimizer state and the step and random states.</summary>
public static class TrainingCheckpoint
{
    private const string OptimizerFile = "optimizer.bin";
    private const string StateFile = "trainer_state.json";

    /// <summary>Writes the model folder to <paramref name="directory"/>; with <paramref name="includeTrainingState"/>
    /// also the optimizer and random states so <see cref="Resume"/> continues exactly.</summary>
    public static void Save(string directory, NextTokenTrainer trainer, string tokenizerJsonPath, bool includeTrainingState)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        SaveModel(directory, trainer.Model, tokenizerJsonPath);
        if (!includeTrainingState)
        {
            return;
        }
        trainer.Optimizer.save_state_dict(Path.Combine(directory, OptimizerFile));
        using var rng = get_rng_state();
        var state = new JsonObject
        {
            ["step"] = trainer.Step,
            ["data_rng_state"] = trainer.Random.State.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["torch_rng_state"] = Convert.ToBase64String(rng.bytes.ToArray()),
            ["options"] = JsonSerializer.SerializeToNode(trainer.Options),
        };
        File.WriteAllText(Path.Combine(directory, StateFile), state.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Writes <paramref name="model"/> as a Hugging Face model folder that LangGap and transformers can load.</summary>
    public static void SaveModel(string directory, CausalLM model, string tokenizerJsonPath)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tokenizerJsonPath);
        Directory.CreateDirectory(directory);
        var config = model.Config;
        File.WriteAllText(Path.Combine(directory, "config.json"), HfConfig.ToJson(config));
        var generation = new JsonObject
        {
            ["bos_token_id"] = config.BosTokenId,
            ["eos_token_id"] = config.EosTokenIds.Count == 1 ? config.EosTokenIds[0] : new JsonArray(config.EosTokenIds.Select(i => (JsonNode?)i).ToArray()),
            ["pad_token_id"] = config.PadTokenId,
        };
        File.WriteAllText(Path.Combine(directory, "generation_config.json"), generation.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var tensors = model.named_parameters().Select(p => KeyValuePair.Create(p.name, (Tensor)p.parameter)).ToArray();
        SafeTensors.Write(Path.Combine(directory, "model.safetensors"), tensors, new Dictionary<string, string> { ["format"] = "pt" });
        var target = Path.Combine(directory, "tokenizer.json");
        if (!Path.GetFullPath(tokenizerJsonPath).Equals(Path.GetFullPath(target), StringComparison.Ordinal))
        {
            File.Copy(tokenizerJsonPath, target, overwrite: true);
        }
    }

    /// <summary>Rebuilds the trainer saved in <paramref name="directory"/> with its optimizer, step and random states.</summary>
    /// <exception cref="InvalidInputException">The folder lacks the training state.</exception>
    public static NextTokenTrainer Resume(string directory, TokenCorpus corpus)
    {
        var statePath = Path.Combine(directory, StateFile);
        if (!File.Exists(statePath))
        {
            throw new InvalidInputException($"{directory}: not a resumable checkpoint ({StateFile} is missing).");
        }
        var state = JsonNode.Parse(File.ReadAllText(statePath))!.AsObject();
        var configPath = Path.Combine(directory, "config.json");
        var model = new CausalLM(HfConfig.Parse(File.ReadAllText(configPath), configPath));
        HfCheckpoint.LoadWeights(model, directory);
        var options = state["options"].Deserialize<TrainingOptions>()
            ?? throw new InvalidInputException($"{statePath}: 'options' is missing.");
        var trainer = new NextTokenTrainer(model, corpus, options);
        trainer.Optimizer.load_state_dict(Path.Combine(directory, OptimizerFile));
        trainer.Step = state["step"]!.GetValue<int>();
        trainer.Random = new SplitMix64(ulong.Parse(state["data_rng_state"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        var rngBytes = Convert.FromBase64String(state["torch_rng_state"]!.GetValue<string>());
        using var rng = tensor(rngBytes, dtype: ScalarType.Byte);
        set_rng_state(rng);
        return trainer;
    }
}
