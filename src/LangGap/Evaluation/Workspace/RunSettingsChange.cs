using System.Text.Json;
using System.Text.Json.Nodes;

namespace LangGap.Evaluation.Workspace;

/// <summary>Says in words how two run configurations differ: which suite entry, task, model or option changed, from what to what.</summary>
/// <remarks>Tasks are matched by name and models by id, so a reordered or added task reads as such rather than as a change
/// of every later entry. At most <see cref="MaxListed"/> differences are listed; the count says how many there were.</remarks>
public static class RunSettingsChange
{
    /// <summary>The most differences a description lists.</summary>
    public const int MaxListed = 3;

    private const int MaxValueLength = 48;

    /// <summary>The differences between configuration <paramref name="before"/> and <paramref name="after"/> (JSON as
    /// stored in <c>run.db</c>), or an empty list when they are equal.</summary>
    public static IReadOnlyList<string> Compare(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<string>();
        Compare(Parse(before), Parse(after), "", changes);
        return changes;
    }

    /// <summary>One clause listing the differences: <c>model 'x' identity: weights:sha256:1a2b… → weights:sha256:3c4d…; options seed: 0 → 1</c>.</summary>
    public static string Describe(IReadOnlyList<string> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var listed = string.Join("; ", changes.Take(MaxListed));
        return changes.Count > MaxListed ? $"{listed}; and {changes.Count - MaxListed} more" : listed;
    }

    private static JsonNode? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }

    private static void Compare(JsonNode? before, JsonNode? after, string label, List<string> changes)
    {
        switch (before, after)
        {
            case (JsonObject a, JsonObject b):
                foreach (var name in a.Select(p => p.Key).Union(b.Select(p => p.Key), StringComparer.Ordinal))
                {
                    Compare(a[name], b[name], Join(label, name.Replace('_', ' ')), changes);
                }
                break;
            case (JsonArray a, JsonArray b) when KeyOf(a) is { } key && KeyOf(b) == key:
                CompareKeyed(a, b, key, label, changes);
                break;
            default:
                if (!JsonNode.DeepEquals(before, after))
                {
                    changes.Add($"{(label.Length == 0 ? "configuration" : label)}: {Show(before)} → {Show(after)}");
                }
                break;
        }
    }

    private static void CompareKeyed(JsonArray a, JsonArray b, string key, string label, List<string> changes)
    {
        var kind = Singular(label);
        var start = changes.Count;
        var before = a.OfType<JsonObject>().ToDictionary(o => o[key]!.GetValue<string>(), StringComparer.Ordinal);
        var after = b.OfType<JsonObject>().ToDictionary(o => o[key]!.GetValue<string>(), StringComparer.Ordinal);
        foreach (var (name, old) in before)
        {
            if (after.TryGetValue(name, out var now))
            {
                Compare(old, now, $"{kind} '{name}'", changes);
            }
            else
            {
                changes.Add($"{kind} '{name}' removed");
            }
        }
        changes.AddRange(after.Keys.Where(n => !before.ContainsKey(n)).Select(n => $"{kind} '{n}' added"));
        if (changes.Count == start && !before.Keys.SequenceEqual(after.Keys, StringComparer.Ordinal))
        {
            changes.Add($"{label} order: {string.Join(", ", before.Keys)} → {string.Join(", ", after.Keys)}");
        }
    }

    /// <summary>"name" or "id" when every element is an object with that string property, unique in the array.</summary>
    private static string? KeyOf(JsonArray array)
    {
        foreach (var key in new[] { "name", "id" })
        {
            var values = array.Select(e => e is JsonObject o && o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null).ToList();
            if (values.Count > 0 && values.All(v => v is not null) && values.Distinct(StringComparer.Ordinal).Count() == values.Count)
            {
                return key;
            }
        }
        return null;
    }

    private static string Singular(string label) => label.EndsWith('s') ? label[..^1] : label;

    private static string Join(string label, string name) => label.Length == 0 ? name : $"{label} {name}";

    private static string Show(JsonNode? node)
    {
        var text = node is null ? "(none)" : node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        return text.Length <= MaxValueLength ? text : text[..(MaxValueLength - 1)] + "…";
    }
}
