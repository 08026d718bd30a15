using LangGap.Evaluation.Datasets;
using LangGap.Languages;

namespace LangGap.Synthesis.Profiles;

/// <summary>Reads the rows of a JSON Lines file to profile: a text field, a language field, and optional id and prompt fields.</summary>
public static class ProfileDataReader
{
    /// <summary>The rows of <paramref name="path"/>.</summary>
    /// <param name="path">A JSON Lines file, one object per line.</param>
    /// <param name="textField">The field holding the text (for example <c>completion</c>, <c>chosen</c>).</param>
    /// <param name="languageField">The field holding the language tag.</param>
    /// <param name="idField">The field holding the row id; rows without it have none.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="promptField">The field holding the prompt (a string, or TRL's list of <c>role</c>/<c>content</c> turns, whose user turns are joined); rows without it have none.</param>
    /// <exception cref="InvalidInputException">The file is missing or empty, or a row lacks the text or language field or has a bad value (with <c>file:line</c>), or an id repeats.</exception>
    public static async Task<IReadOnlyList<ProfileRow>> ReadAsync(string path, string textField, string languageField, string idField, CancellationToken cancellationToken, string promptField = "prompt")
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"The data file '{path}' does not exist.");
        }
        var rows = new List<ProfileRow>();
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in await JsonlRowReader.ReadAsync(path, cancellationToken).ConfigureAwait(false))
        {
            var text = Text(row, textField, "text");
            var code = Text(row, languageField, "language");
            if (!LanguageTag.TryParse(code, out var language))
            {
                throw InvalidInputException.At(path, row.Line, $"'{languageField}' is '{code}', which is not a language tag.");
            }
            string? id = null;
            if (row.Fields.TryGetValue(idField, out var value) && value is not null)
            {
                id = value is string s ? s : value.ToString();
                if (!ids.TryAdd(id!, row.Line))
                {
                    throw InvalidInputException.At(path, row.Line, $"id '{id}' was already used on line {ids[id!]}.");
                }
            }
            rows.Add(new ProfileRow(id, language, text, $"{path}:{row.Line}", Prompt(row, promptField)));
        }
        if (rows.Count == 0)
        {
            throw new InvalidInputException($"The data file '{path}' has no rows.");
        }
        return rows;
    }

    private static string? Prompt(DatasetRow row, string field)
    {
        if (!row.Fields.TryGetValue(field, out var value))
        {
            return null;
        }
        if (value is string s)
        {
            return s;
        }
        if (value is IEnumerable<object?> turns)
        {
            var user = new List<string>();
            foreach (var turn in turns.OfType<string>())
            {
                try
                {
                    using var document = System.Text.Json.JsonDocument.Parse(turn);
                    var root = document.RootElement;
                    if (root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty("role", out var role) && role.GetString() == "user"
                        && root.TryGetProperty("content", out var content) && content.ValueKind == System.Text.Json.JsonValueKind.String)
                    {
                        user.Add(content.GetString()!);
                    }
                }
                catch (System.Text.Json.JsonException)
                {
                    throw InvalidInputException.At(row.File, row.Line, $"field '{field}' is neither a string nor a list of role/content turns.");
                }
            }
            return user.Count > 0 ? string.Join("\n", user) : null;
        }
        throw InvalidInputException.At(row.File, row.Line, $"field '{field}' is neither a string nor a list of role/content turns.");
    }

    private static string Text(DatasetRow row, string field, string what)
    {
        if (!row.Fields.TryGetValue(field, out var value) || value is null)
        {
            throw InvalidInputException.At(row.File, row.Line, $"the row has no field '{field}' (the {what} field); found {string.Join(", ", row.Fields.Keys.Select(k => $"'{k}'"))}.");
        }
        return value as string
            ?? throw InvalidInputException.At(row.File, row.Line, $"field '{field}' is not a string.");
    }
}
