using System.Text.Json;
using System.Text.Json.Nodes;
using LangGap.Evaluation.Scoring;

namespace LangGap.Safety.Reporting;

/// <summary>Renders a safety report as JSON (snake_case names, nulls left out).</summary>
public static class SafetyJsonRenderer
{
    private static readonly JsonSerializerOptions Indented = new(ReportJson.Options) { WriteIndented = true };

    /// <summary>The report as an indented JSON document.</summary>
    public static string Render(SafetyReport report) => JsonSerializer.Serialize(ToNode(report), Indented);

    /// <summary>The report as a JSON node, to nest under another document's <c>safety</c> property.</summary>
    public static JsonNode ToNode(SafetyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.SerializeToNode(report, ReportJson.Options)!;
    }
}
