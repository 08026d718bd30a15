using System.Text.Json;

namespace LangGap.Evaluation.Suites;

/// <summary>Reads a task's optional <c>provenance</c>: where its data came from, as the transparency card states it.</summary>
internal static class SuiteProvenance
{
    /// <summary>The values a suite may give.</summary>
    public static readonly IReadOnlyList<string> Values = ["native", "human-translated", "machine-translated", "mixed"];

    /// <summary>The task's provenance, or <see langword="null"/> when it gives none.</summary>
    /// <exception cref="InvalidInputException">The value is not one of <see cref="Values"/>.</exception>
    public static string? Read(JsonElement task, string path, string name)
    {
        if (!task.TryGetProperty("provenance", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return text is not null && Values.Contains(text)
            ? text
            : throw new InvalidInputException($"{path}: task '{name}' has provenance {value.GetRawText()}; expected one of {string.Join(", ", Values)}.");
    }
}
