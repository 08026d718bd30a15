using System.Text.Json;
using LangGap.Storage;

namespace LangGap.Evaluation.Aggregation;

/// <summary>Task names or model ids in the order the runs' configurations list them (the suite's and command line's order).</summary>
internal static class ConfigOrder
{
    public static List<string> Of(IReadOnlyList<RunMetadata> runs, string list, string field)
    {
        var order = new List<string>();
        foreach (var run in runs)
        {
            try
            {
                using var doc = JsonDocument.Parse(run.ConfigJson);
                if (doc.RootElement.TryGetProperty(list, out var items) && items.ValueKind == JsonValueKind.Array)
                {
                    order.AddRange(items.EnumerateArray()
                        .Select(t => t.ValueKind == JsonValueKind.Object && t.TryGetProperty(field, out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null)
                        .OfType<string>().Where(n => !order.Contains(n)));
                }
            }
            catch (JsonException)
            {
                // A configuration that is not JSON gives no order; names then sort alphabetically.
            }
        }
        return order;
    }

    /// <summary><paramref name="names"/> in <paramref name="order"/>, then the rest alphabetically.</summary>
    public static List<string> Sort(IEnumerable<string> names, List<string> order) =>
        [.. names.Distinct(StringComparer.Ordinal).OrderBy(n => order.IndexOf(n) is var i && i >= 0 ? i : int.MaxValue).ThenBy(n => n, StringComparer.Ordinal)];
}
