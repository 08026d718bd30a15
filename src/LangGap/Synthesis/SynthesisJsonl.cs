using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangGap.Synthesis.Candidates;

namespace LangGap.Synthesis;

/// <summary>The JSONL that synthesis writes: candidates with provenance and attributes, written so a partial file never
/// looks complete.</summary>
public static class SynthesisJsonl
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="lines"/> to <paramref name="path"/> through a temporary file in the same folder that is
    /// renamed at the end, so an interrupted write leaves no file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidInputException"><paramref name="path"/> already exists (earlier results are never overwritten).</exception>
    public static async Task WriteAsync(string path, IEnumerable<JsonObject> lines, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(lines);
        RequireNew(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.partial");
        try
        {
            await using (var writer = new StreamWriter(temporary, false, new System.Text.UTF8Encoding(false)))
            {
                foreach (var line in lines)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await writer.WriteLineAsync(line.ToJsonString(Json).AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }
            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Refuses an output path that already exists.</summary>
    /// <exception cref="InvalidInputException">The file exists.</exception>
    public static void RequireNew(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (File.Exists(path) || Directory.Exists(path))
        {
            throw new InvalidInputException($"{path} already exists; earlier results are never overwritten, so give a new --out or remove it.");
        }
    }

    /// <summary>A candidate's provenance and attributes: model, sample index, seed, text, attribute values and unscored reasons.</summary>
    public static JsonObject Candidate(Candidate candidate, double? objective, string textField = "completion")
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var line = Provenance(candidate);
        line[textField] = candidate.Text;
        line["objective"] = objective;
        line["attributes"] = Attributes(candidate);
        var unscored = new JsonObject();
        foreach (var (name, value) in candidate.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (value.UnscoredReason is { } reason)
            {
                unscored[name] = reason;
            }
        }
        if (unscored.Count > 0)
        {
            line["unscored"] = unscored;
        }
        return line;
    }

    /// <summary>Model, sample index and seed of <paramref name="candidate"/>.</summary>
    public static JsonObject Provenance(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new JsonObject { ["model"] = candidate.Model, ["sample_index"] = candidate.SampleIndex, ["seed"] = candidate.Seed };
    }

    /// <summary>Attribute name → value (null when unscored), in name order.</summary>
    public static JsonObject Attributes(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var attributes = new JsonObject();
        foreach (var (name, value) in candidate.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            attributes[name] = value.Value;
        }
        return attributes;
    }

    /// <summary>The details of <paramref name="candidate"/>'s attribute <paramref name="name"/> as JSON, or <see langword="null"/>.</summary>
    public static JsonNode? Details(Candidate candidate, string name)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return candidate.Attributes.TryGetValue(name, out var value) && value.DetailsJson is { } json ? JsonNode.Parse(json) : null;
    }

    /// <summary>The prompt's metadata (a translation's source, extra fields of the prompt file) as an object, or <see langword="null"/> when it has none.</summary>
    public static JsonObject? Metadata(CandidateSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.Sample.Metadata.Count == 0)
        {
            return null;
        }
        var metadata = new JsonObject();
        foreach (var (key, value) in set.Sample.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            metadata[key] = value;
        }
        return metadata;
    }
}
