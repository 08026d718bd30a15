using System.Text.Json;
using LangGap.Text;

namespace LangGap.Evaluation.Datasets;

/// <summary>Reads JSON Lines: one object per non-blank line.</summary>
internal static class JsonlRowReader
{
    public static async Task<IReadOnlyList<DatasetRow>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var lines = await LineFile.ReadAllLinesAsync(path, null, cancellationToken).ConfigureAwait(false);
        var rows = new List<DatasetRow>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                root = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw InvalidInputException.At(path, i + 1, $"the line is not valid JSON ({FirstSentence(e.Message)})");
            }
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw InvalidInputException.At(path, i + 1, $"expected a JSON object; found {root.ValueKind.ToString().ToLowerInvariant()}.");
            }
            var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                fields[property.Name] = ToValue(property.Value);
            }
            rows.Add(new DatasetRow(path, i + 1, fields));
        }
        return rows;
    }

    internal static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element.GetRawText(),
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
