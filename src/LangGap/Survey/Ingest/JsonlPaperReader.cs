using System.Text.Json;

namespace LangGap.Survey.Ingest;

/// <summary>Reads papers from JSONL: one object per line with <c>id, title, abstract, year, venue, url</c>.</summary>
/// <remarks>
/// <c>venue</c> is a short name (<c>acl</c>, <c>trustnlp</c>) or a proceedings title; an optional
/// <c>venue_type</c> (main, findings, workshop, journal, other) overrides the type derived from it. A line that is
/// not a JSON object, or lacks an id or a numeric year, is an error naming the file and line.
/// </remarks>
internal static class JsonlPaperReader
{
    public static List<SurveyPaper> Read(string text, string name)
    {
        var papers = new List<SurveyPaper>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw InvalidInputException.At(name, lineNumber, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}.");
                }
                var id = String(root, "id");
                if (string.IsNullOrWhiteSpace(id))
                {
                    throw InvalidInputException.At(name, lineNumber, "the paper has no 'id'.");
                }
                if (!root.TryGetProperty("year", out var yearValue)
                    || !(yearValue.ValueKind == JsonValueKind.Number ? yearValue.TryGetInt32(out var year)
                        : int.TryParse(yearValue.GetString(), System.Globalization.CultureInfo.InvariantCulture, out year)))
                {
                    throw InvalidInputException.At(name, lineNumber, $"paper '{id}' has no numeric 'year'.");
                }
                var venue = String(root, "venue") ?? "";
                var venueKey = venue.Contains(' ', StringComparison.Ordinal) ? "" : venue;
                var (type, venueName) = VenueClassifier.Classify(venueKey, "", [], venue);
                if (String(root, "venue_type") is { } given)
                {
                    type = VenueTypeNames.TryParse(given, out var parsed)
                        ? parsed
                        : throw InvalidInputException.At(name, lineNumber, $"'venue_type' must be main, findings, workshop, journal or other, found '{given}'.");
                }
                var abstractText = String(root, "abstract");
                papers.Add(new SurveyPaper(
                    id, year, type, venueName.Length > 0 ? venueName : venue, venue, TextCleanup.Collapse(String(root, "title") ?? ""),
                    string.IsNullOrWhiteSpace(abstractText) ? null : TextCleanup.Collapse(abstractText), String(root, "url") ?? "", $"{name}:{lineNumber}"));
            }
            catch (JsonException e)
            {
                throw InvalidInputException.At(name, lineNumber, $"invalid JSON: {e.Message.Split(" Path:", 2)[0]}");
            }
        }
        return papers;
    }

    private static string? String(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
