using System.Text.Json;

namespace LangGap.Evaluation.Suites;

/// <summary>Small typed readers over suite JSON.</summary>
internal static class SuiteJson
{
    public static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static int? Int(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    public static double? Double(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    public static bool? Bool(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    public static IReadOnlyList<string>? Strings(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : null;

    public static GenerationOptions Generation(JsonElement e) => new()
    {
        MaxTokens = Int(e, "max_tokens"),
        Temperature = Double(e, "temperature") is { } t ? (float)t : null,
        TopP = Double(e, "top_p") is { } p ? (float)p : null,
        TopK = Int(e, "top_k"),
        Stop = Strings(e, "stop"),
    };
}
