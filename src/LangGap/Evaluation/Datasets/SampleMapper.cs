using System.Globalization;
using System.Text.Json;
using LangGap.Languages;
using Microsoft.Extensions.AI;

namespace LangGap.Evaluation.Datasets;

/// <summary>Turns raw rows into samples according to a <see cref="FieldMapping"/>.</summary>
internal static class SampleMapper
{
    public static Sample Map(DatasetRow row, FieldMapping mapping, string? defaultLanguage)
    {
        var prompt = Text(row, mapping.Prompt);
        if (string.IsNullOrEmpty(prompt))
        {
            throw InvalidInputException.At(row.File, row.Line,
                $"the prompt field '{mapping.Prompt}' is missing or empty (fields: {string.Join(", ", row.Fields.Keys.Select(k => $"'{k}'"))}).");
        }
        var languageText = Text(row, mapping.Language) ?? defaultLanguage;
        if (string.IsNullOrWhiteSpace(languageText))
        {
            throw InvalidInputException.At(row.File, row.Line, $"the language field '{mapping.Language}' is missing and the dataset has no default language.");
        }
        var language = LanguageNames.Resolve(languageText)
            ?? throw InvalidInputException.At(row.File, row.Line, $"'{languageText}' is not a language code or English language name LangGap knows.");
        var id = Text(row, mapping.Id) ?? $"{Path.GetFileName(row.File)}:{row.Line}";
        var messages = new List<ChatMessage>(2);
        if (mapping.System is { } systemField && Text(row, systemField) is { Length: > 0 } system)
        {
            messages.Add(new ChatMessage(ChatRole.System, system));
        }
        messages.Add(new ChatMessage(ChatRole.User, prompt));
        var references = new List<string>();
        foreach (var field in mapping.References)
        {
            if (row.Fields.TryGetValue(field, out var value) && value is not null)
            {
                if (value is IEnumerable<object?> list)
                {
                    references.AddRange(list.Where(v => v is not null).Select(v => Stringify(v!)));
                }
                else
                {
                    references.Add(Stringify(value));
                }
            }
        }
        var mapped = new HashSet<string>(StringComparer.Ordinal) { mapping.Id, mapping.Language, mapping.Prompt };
        if (mapping.System is not null) mapped.Add(mapping.System);
        mapped.UnionWith(mapping.References);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in row.Fields)
        {
            var keep = mapping.Metadata is null ? !mapped.Contains(name) : mapping.Metadata.Contains(name);
            if (keep && value is not null)
            {
                metadata[name] = Stringify(value);
            }
        }
        return new Sample(id, language, messages, references, metadata);
    }

    private static string? Text(DatasetRow row, string field) =>
        row.Fields.TryGetValue(field, out var value) && value is not null ? Stringify(value) : null;

    internal static string Stringify(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<object?> list => JsonSerializer.Serialize(list.Select(v => v is null ? null : Stringify(v))),
        _ => value.ToString() ?? "",
    };
}
