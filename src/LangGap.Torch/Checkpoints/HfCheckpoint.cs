using System.Text.Json.Nodes;
using LangGap.Torch.Modules;

namespace LangGap.Torch.Checkpoints;

/// <summary>Loads Hugging Face model folders (config.json, safetensors weights, tokenizer files).</summary>
public static class HfCheckpoint
{
    /// <summary>Loads the model in <paramref name="directory"/>; weights stored as bf16/fp16 are widened to float32.</summary>
    /// <param name="directory">A folder with config.json, model.safetensors (or a sharded index) and usually tokenizer.json.</param>
    /// <param name="name">Display name; the folder name when null.</param>
    /// <exception cref="InvalidInputException">The folder is incomplete, the architecture unknown, or a tensor missing or mis-shaped.</exception>
    public static PretrainedModel Load(string directory, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var configPath = Path.Combine(directory, "config.json");
        if (!File.Exists(configPath))
        {
            throw new InvalidInputException($"{directory}: not a model folder (config.json is missing).");
        }
        var config = HfConfig.Parse(File.ReadAllText(configPath), configPath);
        var model = new CausalLM(config);
        try
        {
            LoadWeights(model, directory);
            model.eval();
            var tokenizerPath = Path.Combine(directory, "tokenizer.json");
            var tokenizer = File.Exists(tokenizerPath) ? HfTokenizer.Load(tokenizerPath) : null;
            var generationPath = Path.Combine(directory, "generation_config.json");
            var defaults = File.Exists(generationPath)
                ? GenerationDefaults.Parse(File.ReadAllText(generationPath), generationPath)
                : GenerationDefaults.None;
            name ??= Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
            return new PretrainedModel(name, model, tokenizer, defaults, ReadChatTemplate(directory));
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <summary>Copies every parameter of <paramref name="model"/> from the folder's safetensors files, by Hugging Face name.</summary>
    internal static void LoadWeights(CausalLM model, string directory)
    {
        var tensors = ReadAllTensors(directory);
        try
        {
            using var noGrad = no_grad();
            foreach (var (name, parameter) in model.named_parameters())
            {
                if (!tensors.TryGetValue(name, out var stored))
                {
                    throw new InvalidInputException($"{directory}: tensor '{name}' is missing from the checkpoint.");
                }
                if (!stored.shape.SequenceEqual(parameter.shape))
                {
                    throw new InvalidInputException(
                        $"{directory}: tensor '{name}' has shape [{string.Join(", ", stored.shape)}], expected [{string.Join(", ", parameter.shape)}].");
                }
                using var widened = stored.to(ScalarType.Float32);
                parameter.copy_(widened);
            }
        }
        finally
        {
            foreach (var t in tensors.Values)
            {
                t.Dispose();
            }
        }
    }

    private static Dictionary<string, Tensor> ReadAllTensors(string directory)
    {
        var single = Path.Combine(directory, "model.safetensors");
        if (File.Exists(single))
        {
            return SafeTensors.Read(single);
        }
        var indexPath = Path.Combine(directory, "model.safetensors.index.json");
        if (!File.Exists(indexPath))
        {
            throw new InvalidInputException($"{directory}: no model.safetensors or model.safetensors.index.json.");
        }
        var weightMap = JsonNode.Parse(File.ReadAllText(indexPath))?["weight_map"]?.AsObject()
            ?? throw new InvalidInputException($"{indexPath}: 'weight_map' is missing.");
        var all = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var shard in weightMap.Select(kv => kv.Value!.GetValue<string>()).Distinct(StringComparer.Ordinal))
        {
            foreach (var (name, tensor) in SafeTensors.Read(Path.Combine(directory, shard)))
            {
                all[name] = tensor;
            }
        }
        return all;
    }

    private static string? ReadChatTemplate(string directory)
    {
        var path = Path.Combine(directory, "tokenizer_config.json");
        if (!File.Exists(path))
        {
            return null;
        }
        return JsonNode.Parse(File.ReadAllText(path))?["chat_template"] switch
        {
            JsonValue value => value.GetValue<string>(),
            JsonArray named => named.FirstOrDefault(t => t?["name"]?.GetValue<string>() == "default")?["template"]?.GetValue<string>(),
            _ => null,
        };
    }
}
