using System.Text.Json;
using LangGap.Languages;
using LangGap.Survey.Annotation;

namespace LangGap.Survey.Agreement;

/// <summary>Reads human labels: CSV with a header (papers.csv's columns <c>id, group, languages, language_named, subtopic</c>; others ignored) or JSONL with the same keys.</summary>
/// <remarks>
/// So a reviewer can correct a copy of papers.csv and feed it back. Languages are codes or English names separated
/// by <c>;</c> (JSONL may also give an array); <c>named</c> is accepted for <c>language_named</c>. An unknown group,
/// subtopic, language or truth value is an error naming the file and line; an empty cell is a missing value.
/// </remarks>
public static class HumanLabelFile
{
    /// <summary>Reads a label file.</summary>
    public static async Task<IReadOnlyList<HumanLabel>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{path}: no such labels file.");
        }
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var labels = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? ParseJsonl(text, path) : ParseCsv(text, path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (!seen.Add(label.Id))
            {
                throw new InvalidInputException($"{label.Source}: paper id '{label.Id}' is labelled twice.");
            }
        }
        return labels;
    }

    /// <summary>Labels from CSV text with a header row.</summary>
    public static List<HumanLabel> ParseCsv(string text, string name)
    {
        var rows = CsvText.Parse(text.TrimStart('\uFEFF'), name).ToList();
        if (rows.Count == 0)
        {
            throw new InvalidInputException($"{name}: the labels file is empty.");
        }
        var header = rows[0].Cells.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(params string[] names) => names.Select(n => header.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
        var id = Column("id");
        if (id < 0)
        {
            throw InvalidInputException.At(name, 1, "the header has no 'id' column.");
        }
        var (group, languages, named, subtopic) = (Column("group"), Column("languages"), Column("language_named", "named"), Column("subtopic"));
        var labels = new List<HumanLabel>();
        foreach (var (line, cells) in rows.Skip(1))
        {
            string? Cell(int i) => i >= 0 && i < cells.Count && cells[i].Trim().Length > 0 ? cells[i].Trim() : null;
            var paper = Cell(id) ?? throw InvalidInputException.At(name, line, "the row has no id.");
            labels.Add(Label(paper, Cell(group), Cell(languages)?.Split(';'), Cell(named), Cell(subtopic), name, line));
        }
        return labels;
    }

    /// <summary>Labels from JSONL text.</summary>
    public static List<HumanLabel> ParseJsonl(string text, string name)
    {
        var labels = new List<HumanLabel>();
        var line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            if (raw.Trim().Length == 0)
            {
                continue;
            }
            try
            {
                using var document = JsonDocument.Parse(raw);
                var root = document.RootElement;
                string? Text(string key) => root.TryGetProperty(key, out var v) ? v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => null,
                } : null;
                var paper = Text("id") ?? throw InvalidInputException.At(name, line, "the label has no 'id'.");
                string[]? languages = root.TryGetProperty("languages", out var l) && l.ValueKind == JsonValueKind.Array
                    ? [.. l.EnumerateArray().Select(e => e.GetString() ?? "")]
                    : Text("languages")?.Split(';');
                labels.Add(Label(paper, Text("group"), languages, Text("language_named") ?? Text("named"), Text("subtopic"), name, line));
            }
            catch (JsonException e)
            {
                throw InvalidInputException.At(name, line, $"invalid JSON: {e.Message.Split(" Path:", 2)[0]}");
            }
        }
        return labels;
    }

    private static HumanLabel Label(string id, string? group, string[]? languages, string? named, string? subtopic, string name, int line)
    {
        LanguageGroup? g = null;
        if (group is not null)
        {
            g = SurveyLabels.TryParseGroup(group, out var parsed)
                ? parsed
                : throw InvalidInputException.At(name, line, $"group must be english-only, non-english, multilingual or none, found '{group}'.");
        }
        Subtopic? s = null;
        if (subtopic is not null)
        {
            s = SurveyLabels.TryParseSubtopic(subtopic, out var parsed)
                ? parsed
                : throw InvalidInputException.At(name, line, $"subtopic must be one of {string.Join(", ", SurveyLabels.Subtopics.Select(SurveyLabels.Name))}, found '{subtopic}'.");
        }
        bool? n = named?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "true" or "yes" or "1" => true,
            "false" or "no" or "0" => false,
            _ => throw InvalidInputException.At(name, line, $"language_named must be true or false, found '{named}'."),
        };
        var codes = languages?.Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => Code(l) ?? throw InvalidInputException.At(name, line, $"'{l}' is not a language code or name LangGap knows."))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new HumanLabel(id, g, codes, n, s, $"{name}:{line}");
    }

    private static string? Code(string text)
    {
        if (LanguageTag.TryParse(text, out var tag))
        {
            return tag.Info.Tag.ToBcp47();
        }
        if (LanguageLexicon.Instance.CodeOfName(text) is { } code)
        {
            return code;
        }
        return LanguageRegistry.All.FirstOrDefault(i => string.Equals(i.EnglishName, text, StringComparison.OrdinalIgnoreCase))?.Tag.ToBcp47();
    }
}
