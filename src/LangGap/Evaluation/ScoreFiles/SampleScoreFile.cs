using System.Globalization;
using System.Text.Json;
using LangGap.Statistics.Paired;
using LangGap.Text;

namespace LangGap.Evaluation.ScoreFiles;

/// <summary>Reads per-sample score files (JSONL, or TSV with a header) keyed by sample id, and pairs two of them.</summary>
/// <remarks>
/// A file is JSONL when its first non-blank line starts with <c>{</c>, else TSV. Values may be numbers, or
/// <c>true</c>/<c>false</c> (read as 1/0). Blank lines are skipped. Every problem names the file and line.
/// </remarks>
public static class SampleScoreFile
{
    /// <summary>Reads <paramref name="path"/> (<c>-</c> for standard input).</summary>
    /// <param name="path">The file.</param>
    /// <param name="keyField">The field holding the sample id.</param>
    /// <param name="valueField">The field holding the score.</param>
    /// <param name="clusterField">The field holding the cluster (prompt) id, or null.</param>
    /// <param name="standardInput">The stream read for <c>-</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="InvalidInputException">The file is missing, malformed, lacks a field, or repeats an id.</exception>
    public static async Task<IReadOnlyList<SampleScore>> ReadAsync(
        string path, string keyField, string valueField, string? clusterField, Stream? standardInput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(keyField);
        ArgumentNullException.ThrowIfNull(valueField);
        var lines = await LineFile.ReadAllLinesAsync(path, standardInput, cancellationToken).ConfigureAwait(false);
        var name = path == "-" ? "<stdin>" : path;
        var first = lines.FirstOrDefault(l => l.Trim().Length > 0);
        if (first is null)
        {
            throw new InvalidInputException($"File '{name}' holds no scores.");
        }
        var scores = first.TrimStart().StartsWith('{')
            ? ReadJsonLines(lines, name, keyField, valueField, clusterField)
            : ReadTsv(lines, name, keyField, valueField, clusterField);
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var score in scores)
        {
            if (!seen.TryAdd(score.Id, score.Line))
            {
                throw InvalidInputException.At(name, score.Line, $"sample id '{score.Id}' already appeared on line {seen[score.Id]}.");
            }
        }
        return scores;
    }

    /// <summary>Pairs two files' scores by id, in <paramref name="a"/>'s order; clusters come from A.</summary>
    /// <exception cref="InvalidInputException">Some ids are in only one of the files (the message names them).</exception>
    public static PairedScores Pair(IReadOnlyList<SampleScore> a, IReadOnlyList<SampleScore> b, string nameA, string nameB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byId = b.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var onlyA = a.Where(s => !byId.ContainsKey(s.Id)).Select(s => s.Id).ToArray();
        var idsA = a.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var onlyB = b.Where(s => !idsA.Contains(s.Id)).Select(s => s.Id).ToArray();
        if (onlyA.Length > 0 || onlyB.Length > 0)
        {
            var parts = new List<string>();
            if (onlyA.Length > 0)
            {
                parts.Add($"{onlyA.Length} only in '{nameA}' ({Sample(onlyA)})");
            }
            if (onlyB.Length > 0)
            {
                parts.Add($"{onlyB.Length} only in '{nameB}' ({Sample(onlyB)})");
            }
            throw new InvalidInputException($"The two score files must cover the same sample ids, but {string.Join(" and ", parts)}.");
        }
        var clusters = a.All(s => s.Cluster is not null) ? a.Select(s => s.Cluster!).ToArray() : null;
        return new PairedScores(a.Select(s => s.Value).ToArray(), a.Select(s => byId[s.Id].Value).ToArray(), clusters);
    }

    private static string Sample(string[] ids) =>
        string.Join(", ", ids.Take(5).Select(i => $"'{i}'")) + (ids.Length > 5 ? ", …" : "");

    private static List<SampleScore> ReadJsonLines(IReadOnlyList<string> lines, string name, string key, string value, string? cluster)
    {
        var scores = new List<SampleScore>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }
            var line = i + 1;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(lines[i]);
            }
            catch (JsonException)
            {
                throw InvalidInputException.At(name, line, "the line is not a JSON object.");
            }
            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw InvalidInputException.At(name, line, "the line is not a JSON object.");
                }
                var id = Field(root, key, name, line);
                var raw = Field(root, value, name, line);
                var score = raw.ValueKind switch
                {
                    JsonValueKind.Number => raw.GetDouble(),
                    JsonValueKind.True => 1.0,
                    JsonValueKind.False => 0.0,
                    _ => throw InvalidInputException.At(name, line, $"field '{value}' must be a number or true/false, found {raw.ValueKind.ToString().ToLowerInvariant()}."),
                };
                string? group = cluster is null ? null : Text(Field(root, cluster, name, line));
                scores.Add(new SampleScore(Text(id), Finite(score, name, line, value), group, line));
            }
        }
        return scores;
    }

    private static List<SampleScore> ReadTsv(IReadOnlyList<string> lines, string name, string key, string value, string? cluster)
    {
        var headerIndex = 0;
        while (lines[headerIndex].Trim().Length == 0)
        {
            headerIndex++;
        }
        var header = lines[headerIndex].Split('\t');
        int Column(string field) => Array.IndexOf(header, field) is var c and >= 0
            ? c
            : throw InvalidInputException.At(name, headerIndex + 1, $"the header has no column '{field}' (columns: {string.Join(", ", header)}).");
        var keyColumn = Column(key);
        var valueColumn = Column(value);
        var clusterColumn = cluster is null ? -1 : Column(cluster);
        var scores = new List<SampleScore>();
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }
            var line = i + 1;
            var cells = lines[i].Split('\t');
            if (cells.Length != header.Length)
            {
                throw InvalidInputException.At(name, line, $"expected {header.Length} tab-separated columns, found {cells.Length}.");
            }
            var text = cells[valueColumn].Trim();
            double score = text.ToLowerInvariant() switch
            {
                "true" => 1,
                "false" => 0,
                _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                    ? v
                    : throw InvalidInputException.At(name, line, $"column '{value}' must be a number, found '{text}'."),
            };
            scores.Add(new SampleScore(cells[keyColumn], Finite(score, name, line, value), clusterColumn < 0 ? null : cells[clusterColumn], line));
        }
        return scores;
    }

    private static JsonElement Field(JsonElement root, string field, string name, long line) =>
        root.TryGetProperty(field, out var element) && element.ValueKind != JsonValueKind.Null
            ? element
            : throw InvalidInputException.At(name, line, $"the object has no field '{field}'.");

    private static string Text(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();

    private static double Finite(double value, string name, long line, string field) =>
        double.IsFinite(value) ? value : throw InvalidInputException.At(name, line, $"field '{field}' must be a finite number.");
}
