using System.Text;
using System.Text.Json;

namespace LangGap.Pruning;

/// <summary>Reads parallel corpora from JSONL, TSV with a header, or two line-aligned text files.</summary>
/// <remarks>Every file is decoded as strict UTF-8 (a leading BOM is skipped); an invalid byte sequence, an empty side,
/// a missing field or a line-count mismatch is an <see cref="InvalidInputException"/> naming the file and line.
/// JSONL rows hold <c>id</c>, <c>source</c>, <c>target</c> and optionally <c>source_language</c>,
/// <c>target_language</c> and <c>noise</c>; a TSV's header names the same columns.</remarks>
public static class ParallelCorpusReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a corpus by extension: <c>.jsonl</c> or <c>.tsv</c>.</summary>
    public static ParallelCorpus Read(string path, string? sourceLanguage = null, string? targetLanguage = null) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" => ReadJsonl(path, sourceLanguage, targetLanguage),
            ".tsv" => ReadTsv(path, sourceLanguage, targetLanguage),
            var other => throw new InvalidInputException($"{path}: expected a .jsonl or .tsv corpus, found '{other}'."),
        };

    /// <summary>Reads JSONL, one pair a line; blank lines are skipped; a row's languages override the defaults given.</summary>
    public static ParallelCorpus ReadJsonl(string path, string? sourceLanguage = null, string? targetLanguage = null)
    {
        var examples = new List<ParallelExample>();
        foreach (var (line, text) in ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            JsonElement row;
            try
            {
                using var document = JsonDocument.Parse(text);
                row = document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw InvalidInputException.At(path, line, $"not valid JSON ({ex.Message.Split('.')[0]}).");
            }
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw InvalidInputException.At(path, line, $"expected a JSON object, found {row.ValueKind}.");
            }
            string? Field(string name, bool required)
            {
                if (!row.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    return required ? throw InvalidInputException.At(path, line, $"the field '{name}' is missing.") : null;
                }
                return value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => throw InvalidInputException.At(path, line, $"the field '{name}' must be a string, found {value.ValueKind}."),
                };
            }
            var id = Field("id", required: false) ?? line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            examples.Add(Make(path, line, id, Field("source", true)!, Field("target", true)!,
                Field("source_language", false) ?? sourceLanguage, Field("target_language", false) ?? targetLanguage, Field("noise", false)));
        }
        return Finish(path, examples);
    }

    /// <summary>Reads a TSV whose first line names the columns (<c>source</c> and <c>target</c> are required).</summary>
    public static ParallelCorpus ReadTsv(string path, string? sourceLanguage = null, string? targetLanguage = null)
    {
        var examples = new List<ParallelExample>();
        Dictionary<string, int>? columns = null;
        foreach (var (line, text) in ReadLines(path))
        {
            var cells = text.Split('\t');
            if (columns is null)
            {
                columns = cells.Select((c, i) => (c.Trim(), i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal);
                foreach (var required in new[] { "source", "target" })
                {
                    if (!columns.ContainsKey(required))
                    {
                        throw InvalidInputException.At(path, line, $"the header has no '{required}' column (found '{string.Join("', '", cells)}').");
                    }
                }
                continue;
            }
            if (text.Length == 0)
            {
                continue;
            }
            if (cells.Length != columns.Count)
            {
                throw InvalidInputException.At(path, line, $"expected {columns.Count} tab-separated cells, found {cells.Length}.");
            }
            string? Cell(string name) => columns.TryGetValue(name, out var i) ? cells[i] : null;
            examples.Add(Make(path, line, Cell("id") ?? line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Cell("source")!, Cell("target")!, Cell("source_language") ?? sourceLanguage, Cell("target_language") ?? targetLanguage, Cell("noise")));
        }
        if (columns is null)
        {
            throw new InvalidInputException($"{path}: the file is empty; expected a header line and one pair a line.");
        }
        return Finish(path, examples);
    }

    /// <summary>Reads two line-aligned files; pair ids are the 1-based line numbers.</summary>
    public static ParallelCorpus ReadAligned(string sourcePath, string targetPath, string? sourceLanguage = null, string? targetLanguage = null)
    {
        var sources = ReadLines(sourcePath).ToList();
        var targets = ReadLines(targetPath).ToList();
        if (sources.Count != targets.Count)
        {
            var shorter = sources.Count < targets.Count ? sourcePath : targetPath;
            throw InvalidInputException.At(shorter, Math.Min(sources.Count, targets.Count) + 1,
                $"the file ends here but '{(shorter == sourcePath ? targetPath : sourcePath)}' goes on ({sources.Count} source lines, {targets.Count} target lines).");
        }
        var examples = new List<ParallelExample>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            var line = sources[i].Line;
            if (targets[i].Text.Trim().Length == 0)
            {
                throw InvalidInputException.At(targetPath, line, "the target side is empty.");
            }
            examples.Add(Make(sourcePath, line, line.ToString(System.Globalization.CultureInfo.InvariantCulture), sources[i].Text, targets[i].Text, sourceLanguage, targetLanguage, null));
        }
        return Finish(sourcePath, examples);
    }

    private static ParallelExample Make(string path, long line, string id, string source, string target, string? sl, string? tl, string? noise)
    {
        if (source.Trim().Length == 0)
        {
            throw InvalidInputException.At(path, line, "the source side is empty.");
        }
        if (target.Trim().Length == 0)
        {
            throw InvalidInputException.At(path, line, "the target side is empty.");
        }
        if (id.Length == 0)
        {
            throw InvalidInputException.At(path, line, "the id is empty.");
        }
        return new ParallelExample(id, source, target, sl, tl, noise);
    }

    private static ParallelCorpus Finish(string path, List<ParallelExample> examples) =>
        examples.Count == 0 ? throw new InvalidInputException($"{path}: no pairs found.") : new ParallelCorpus(path, examples);

    /// <summary>The file's lines (1-based numbers), decoded as strict UTF-8, without line ends; a final empty line is dropped.</summary>
    internal static IEnumerable<(long Line, string Text)> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{path}: file not found.");
        }
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        long line = 0;
        var lines = new List<(long, string)>();
        while (start < bytes.Length)
        {
            line++;
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var stop = end < 0 ? bytes.Length : end;
            var length = stop - start;
            if (length > 0 && bytes[stop - 1] == '\r')
            {
                length--;
            }
            try
            {
                lines.Add((line, Strict.GetString(bytes, start, length)));
            }
            catch (DecoderFallbackException)
            {
                throw InvalidInputException.At(path, line, "the line is not valid UTF-8.");
            }
            start = end < 0 ? bytes.Length : end + 1;
        }
        return lines;
    }
}
