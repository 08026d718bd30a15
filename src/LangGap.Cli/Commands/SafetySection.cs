using System.Text.Json;
using System.Text.Json.Nodes;
using LangGap.Models;
using LangGap.Reports;
using LangGap.Safety.Agreement;
using LangGap.Safety.Reporting;
using LangGap.Storage;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using Microsoft.Extensions.AI;

namespace LangGap.Cli.Commands;

/// <summary>The safety part of <c>eval</c> and <c>report</c>: the judge for red-team tasks, and the safety section after the run report.</summary>
internal static class SafetySection
{
    /// <summary>The client of <c>--judge ID</c>: an id from the models file, <c>embedded</c>, or a model folder.</summary>
    public static IChatClient Judge(string id, ModelRegistry? registry)
    {
        if (registry is not null && registry.ModelIds.Contains(id))
        {
            return registry.GetClient(id);
        }
        if (id.Equals(ModelSource.EmbeddedName, StringComparison.OrdinalIgnoreCase) || Directory.Exists(id))
        {
            return new EmbeddedChatClient(ModelSource.Load(id), ownsModel: true);
        }
        throw new UsageException(registry is null
            ? $"--judge '{id}' is not 'embedded' or a model folder; give --models FILE to name other models."
            : $"--judge '{id}' is not in the models file; known: {string.Join(", ", registry.ModelIds)}.");
    }

    /// <summary>Reads <c>--labels</c>, or null when not given.</summary>
    public static async Task<IReadOnlyList<HumanLabel>?> LabelsAsync(string? path, CancellationToken cancellationToken) =>
        path is null ? null : await HumanLabelFile.ReadAsync(path, cancellationToken);

    /// <summary>Writes the run report in <paramref name="format"/>, with the safety section when the run has safety scores.</summary>
    public static async Task WriteAsync(RunReport report, RunStore store, string format, TextWriter writer, SafetyReportOptions options, CancellationToken cancellationToken)
    {
        var safety = await SafetyReportBuilder.BuildAsync(store, options, cancellationToken);
        if (safety is null)
        {
            ReportCommand.Write(report, format, writer);
            return;
        }
        var main = new StringWriter();
        ReportCommand.Write(report, format, main);
        switch (format)
        {
            case "json":
                var node = JsonNode.Parse(main.ToString())!;
                node["safety"] = SafetyJsonRenderer.ToNode(safety);
                writer.WriteLine(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                break;
            case "html":
                var html = main.ToString();
                var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
                writer.Write(end < 0 ? html + SafetyHtmlRenderer.RenderSection(safety) : html[..end] + SafetyHtmlRenderer.RenderSection(safety) + html[end..]);
                break;
            default:
                writer.Write(main.ToString());
                writer.WriteLine();
                SafetyTextRenderer.Render(safety, writer);
                break;
        }
    }
}
