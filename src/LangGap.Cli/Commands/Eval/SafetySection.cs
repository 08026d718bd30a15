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

namespace LangGap.Cli.Commands.Eval;

/// <summary>The safety part of <c>eval</c> and <c>report</c>: the judge for red-team tasks, and the safety section after the run report.</summary>
internal static class SafetySection
{
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
            case "markdown":
                writer.Write(main.ToString());
                writer.WriteLine();
                writer.WriteLine("## Safety");
                writer.WriteLine();
                writer.WriteLine("```");
                SafetyTextRenderer.Render(safety, writer);
                writer.WriteLine("```");
                break;
            default:
                writer.Write(main.ToString());
                writer.WriteLine();
                SafetyTextRenderer.Render(safety, writer);
                break;
        }
    }
}
