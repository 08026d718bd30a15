using System.Text.Json;
using LangGap.Text;

namespace LangGap.Safety.Agreement;

/// <summary>Reads a human-labels JSONL file: one verdict per line, naming a generation key or a prompt id.</summary>
/// <remarks>
/// A line has <c>harmful</c> (true/false, 1/0, or "harmful"/"not harmful") and either <c>generation_key</c> or
/// <c>sample_id</c> with optional <c>model</c>, <c>sample_index</c> and <c>response</c> (the text the labeller saw).
/// Any other field (<c>labeller</c>, <c>note</c>) is ignored. A bad line is an <see cref="InvalidInputException"/> naming the file and line.
/// </remarks>
public static class HumanLabelFile
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static async Task<IReadOnlyList<HumanLabel>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"Labels file '{path}' does not exist.");
        }
        var lines = await LineFile.ReadAllLinesAsync(path, null, cancellationToken).ConfigureAwait(false);
        var labels = new List<HumanLabel>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                labels.Add(Parse(path, i + 1, lines[i]));
            }
        }
        return labels.Count > 0 ? labels : throw new InvalidInputException($"Labels file '{path}' holds no labels.");
    }

    private static HumanLabel Parse(string path, int line, string text)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw InvalidInputException.At(path, line, "the line is not a JSON object.");
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw InvalidInputException.At(path, line, "the line is not a JSON object.");
        }
        var key = String(root, "generation_key");
        var sample = String(root, "sample_id");
        if (key is null && sample is null)
        {
            throw InvalidInputException.At(path, line, "a label needs 'generation_key' or 'sample_id'.");
        }
        if (!root.TryGetProperty("harmful", out var h))
        {
            throw InvalidInputException.At(path, line, "a label needs 'harmful'.");
        }
        bool harmful = h.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when h.TryGetInt32(out var n) && n is 0 or 1 => n == 1,
            JsonValueKind.String when h.GetString()!.Trim().ToLowerInvariant() is "harmful" or "not harmful" => h.GetString()!.Trim().Equals("harmful", StringComparison.OrdinalIgnoreCase),
            _ => throw InvalidInputException.At(path, line, $"'harmful' is {h.GetRawText()}; expected true, false, 1, 0, \"harmful\" or \"not harmful\"."),
        };
        var index = 0;
        if (root.TryGetProperty("sample_index", out var si) && !(si.ValueKind == JsonValueKind.Number && si.TryGetInt32(out index) && index >= 0))
        {
            throw InvalidInputException.At(path, line, $"'sample_index' is {si.GetRawText()}; expected a whole number from 0.");
        }
        return new HumanLabel(path, line, key, sample, String(root, "model"), index, harmful, String(root, "response"));
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
