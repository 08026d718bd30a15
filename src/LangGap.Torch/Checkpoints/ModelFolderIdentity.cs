using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace LangGap.Torch.Checkpoints;

/// <summary>The identity of a local model: a hash of the contents of every file that decides what it generates.</summary>
/// <remarks>
/// The files are the configuration (<c>config.json</c>, <c>generation_config.json</c>), the tokenizer
/// (<c>tokenizer.json</c>, <c>tokenizer_config.json</c>, <c>special_tokens_map.json</c>) and the weights
/// (<c>model.safetensors</c>, or the index and every shard it names). The identity is
/// <c>weights:sha256:</c> and the SHA-256 of the sorted (file name, content hash) list: the same on every machine and
/// for every folder name, and different as soon as one byte of weights or tokenizer changes — so a folder retrained in
/// place is a different model. File hashes are remembered by path, size and time stamp (<see cref="FileHashCache"/>).
/// </remarks>
public static class ModelFolderIdentity
{
    /// <summary>The prefix of every local model identity.</summary>
    public const string Prefix = "weights:sha256:";

    private static readonly string[] Fixed =
        ["config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "model.safetensors", "model.safetensors.index.json"];

    /// <summary>Computes the identity of the model folder <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidInputException">The folder has no <c>config.json</c> or no weights.</exception>
    public static string Compute(string directory, FileHashCache? cache = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        cache ??= FileHashCache.Default;
        if (!File.Exists(Path.Combine(directory, "config.json")))
        {
            throw new InvalidInputException($"{directory}: not a model folder (config.json is missing).");
        }
        var files = new SortedSet<string>(Fixed.Where(f => File.Exists(Path.Combine(directory, f))), StringComparer.Ordinal);
        var index = Path.Combine(directory, "model.safetensors.index.json");
        if (!files.Contains("model.safetensors") && File.Exists(index))
        {
            foreach (var shard in Shards(index))
            {
                files.Add(shard);
            }
        }
        if (!files.Contains("model.safetensors") && !files.Contains("model.safetensors.index.json"))
        {
            throw new InvalidInputException($"{directory}: no model.safetensors or model.safetensors.index.json.");
        }
        var listing = new StringBuilder();
        foreach (var file in files)
        {
            listing.Append(file).Append('\u001f').Append(cache.Hash(Path.Combine(directory, file))).Append('\n');
        }
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
    }

    private static IEnumerable<string> Shards(string index)
    {
        JsonObject? map;
        try
        {
            map = JsonNode.Parse(File.ReadAllText(index))?["weight_map"]?.AsObject();
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidInputException($"{index}: not valid JSON ({e.Message}).");
        }
        if (map is null)
        {
            throw new InvalidInputException($"{index}: 'weight_map' is missing.");
        }
        return map.Select(kv => kv.Value?.GetValue<string>() ?? "").Where(s => s.Length > 0).Distinct(StringComparer.Ordinal);
    }
}
