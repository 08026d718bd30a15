using System.Globalization;
using System.Text.Json;
using LangGap.Storage;

namespace LangGap.Reports;

/// <summary>Reads each task's provenance, dataset and decoding settings from the run configuration the store keeps.</summary>
internal static class TaskCards
{
    /// <summary>What a task declares no provenance for.</summary>
    public const string Unspecified = "unspecified";

    public static IReadOnlyList<ReportTaskCard> Of(IReadOnlyList<RunMetadata> runs, IReadOnlyList<string> tasks)
    {
        var cards = new Dictionary<string, ReportTaskCard>(StringComparer.Ordinal);
        // The newest run's description of a task wins: it is the one the stored results were last made under.
        foreach (var run in runs)
        {
            using var document = JsonDocument.Parse(run.ConfigJson);
            var defaults = document.RootElement.TryGetProperty("models", out var models) && models.ValueKind == JsonValueKind.Array
                ? string.Join("; ", models.EnumerateArray().Select(m => (Id: Text(m, "id"), Settings: m.TryGetProperty("defaults", out var d) ? Settings(d) : ""))
                    .Where(m => m.Settings.Length > 0).Select(m => $"{m.Id}: {m.Settings}"))
                : "";
            if (!document.RootElement.TryGetProperty("tasks", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var task in list.EnumerateArray())
            {
                var name = Text(task, "name");
                var generation = task.TryGetProperty("generation", out var g) ? Settings(g) : "";
                var decoding = generation.Length > 0 ? generation : defaults.Length > 0 ? $"model defaults ({defaults})" : "model defaults";
                cards[name] = new ReportTaskCard(name, task.TryGetProperty("provenance", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : Unspecified,
                    Text(task, "dataset"), decoding);
            }
        }
        return [.. tasks.Where(cards.ContainsKey).Select(t => cards[t])];
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString()! : v.ToString() : "";

    /// <summary>The non-null settings of a JSON object as <c>key=value</c>, in the stored order.</summary>
    private static string Settings(JsonElement settings) => settings.ValueKind != JsonValueKind.Object ? "" : string.Join(", ", settings.EnumerateObject()
        .Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) && !(p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 0))
        .Select(p => $"{p.Name}={(p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble().ToString(CultureInfo.InvariantCulture) : p.Value.ToString())}"));
}
