using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LangGap.Pruning;

/// <summary>Writes a pruning run's files: <c>kept.jsonl</c>, <c>removed.jsonl</c>, <c>scores.tsv</c> and <c>summary.json</c>.</summary>
/// <remarks>Never overwrites: if any of the four files already exists in the folder, nothing is written.</remarks>
public static class PrunedCorpusWriter
{
    /// <summary>The files a run writes, in the order they are written.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["kept.jsonl", "removed.jsonl", "scores.tsv", "summary.json"];

    /// <summary>Throws when <paramref name="directory"/> already holds a run's output.</summary>
    /// <exception cref="InvalidInputException">One of <see cref="FileNames"/> exists.</exception>
    public static void EnsureFree(string directory)
    {
        foreach (var name in FileNames)
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                throw new InvalidInputException($"{path} already exists; choose another --out folder so earlier results are kept.");
            }
        }
    }

    /// <summary>Writes the four files of <paramref name="result"/> into <paramref name="directory"/>.</summary>
    public static async Task WriteAsync(string directory, PruningResult result, PruningSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(summary);
        EnsureFree(directory);
        Directory.CreateDirectory(directory);
        await WriteJsonlAsync(Path.Combine(directory, "kept.jsonl"), result.KeptExamples, cancellationToken);
        await WriteJsonlAsync(Path.Combine(directory, "removed.jsonl"), result.RemovedExamples, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "scores.tsv"), ScoresTsv(result), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "summary.json"), SummaryJson(summary).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", cancellationToken);
    }

    /// <summary>Writes pairs as JSONL in the reader's format.</summary>
    public static async Task WriteJsonlAsync(string path, IEnumerable<ParallelExample> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var builder = new StringBuilder();
        foreach (var e in examples)
        {
            var row = new JsonObject { ["id"] = e.Id, ["source"] = e.Source, ["target"] = e.Target };
            if (e.SourceLanguage is not null)
            {
                row["source_language"] = e.SourceLanguage;
            }
            if (e.TargetLanguage is not null)
            {
                row["target_language"] = e.TargetLanguage;
            }
            if (e.Noise is not null)
            {
                row["noise"] = e.Noise;
            }
            builder.Append(row.ToJsonString(Compact)).Append('\n');
        }
        await File.WriteAllTextAsync(path, builder.ToString(), cancellationToken);
    }

    /// <summary>The text of <c>scores.tsv</c>: id, each checkpoint's perplexity (<c>ppl@step</c>), score, kept (1/0).</summary>
    public static string ScoresTsv(PruningResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var inv = CultureInfo.InvariantCulture;
        var builder = new StringBuilder("id");
        foreach (var step in result.CheckpointSteps)
        {
            builder.Append(inv, $"\tppl@{step}");
        }
        builder.Append("\tscore\tkept\n");
        for (var i = 0; i < result.Corpus.Count; i++)
        {
            builder.Append(result.Corpus.Examples[i].Id.Replace('\t', ' '));
            if (result.Perplexities is not null)
            {
                foreach (var p in result.Perplexities[i])
                {
                    builder.Append('\t').Append(p.ToString("R", inv));
                }
            }
            builder.Append('\t').Append(result.Scores[i].ToString("R", inv)).Append('\t').Append(result.Kept[i] ? '1' : '0').Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>The summary as JSON (NaN written as null).</summary>
    public static JsonObject SummaryJson(PruningSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        static JsonNode? N(double v) => double.IsFinite(v) ? JsonValue.Create(Math.Round(v, 6)) : null;
        static JsonObject L(LengthDistribution d) => new() { ["mean"] = N(d.Mean), ["p10"] = N(d.P10), ["median"] = N(d.Median), ["p90"] = N(d.P90) };
        var json = new JsonObject
        {
            ["settings"] = summary.Settings,
            ["total"] = summary.Total,
            ["kept"] = summary.Kept,
            ["removed"] = summary.Total - summary.Kept,
            ["length_all"] = L(summary.LengthAll),
            ["length_kept"] = L(summary.LengthKept),
            ["rare_word_share_all"] = N(summary.RareWordShareAll),
            ["rare_word_share_kept"] = N(summary.RareWordShareKept),
        };
        if (summary.Noise is { } noise)
        {
            var byKind = new JsonObject();
            foreach (var (kind, recall) in noise.RecallByKind)
            {
                byKind[kind] = N(recall);
            }
            json["noise"] = new JsonObject
            {
                ["noisy"] = noise.Noisy,
                ["noisy_removed"] = noise.NoisyRemoved,
                ["precision"] = N(noise.Precision),
                ["recall"] = N(noise.Recall),
                ["recall_by_kind"] = byKind,
            };
        }
        return json;
    }

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
