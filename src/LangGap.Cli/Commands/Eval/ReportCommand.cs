using LangGap.Cli.Options;
using LangGap.Reports;
using LangGap.Storage;
using LangGap.Reports.Coverage;

namespace LangGap.Cli.Commands.Eval;

/// <summary><c>langgap report</c>: render a run folder's results as text, JSON or one self-contained HTML file.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var dir = new Argument<string>("DIR") { Description = "A run folder written by langgap eval (or its run.db)." };
        var format = CommonOptions.Format("text: tables; json: every number; html: one self-contained page; markdown: the language-gap report as a document.", "text", "json", "html", "markdown");
        var output = CommonOptions.Out("Write the report to this file instead of standard output.", aliases: "--output");
        var correction = CommonOptions.Correction("Multiple-comparison correction over each scorer's paired tests");
        var reference = new Option<string?>("--reference-language")
        {
            Description = "The language gaps are measured against (a tag such as en or hi, or none); default: English when the run has it, otherwise none.",
        };
        var labels = new Option<string?>("--labels") { Description = "Human harm labels (JSONL) to check the harm judge against: agreement per language and corrected harmful rates." };
        var threshold = new Option<string[]>("--threshold")
        {
            Description = "A score on the scorer's scale for coverage: which languages meet it and how many people speak them. SCORER=VALUE (or TASK/SCORER=VALUE) applies to that scorer; a bare VALUE to every other scorer whose range holds it. Repeatable.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("report", "Report a run: per-language means with 95% CIs, gaps to the reference language with paired tests, coverage by speakers, paired tests between models.") { dir, format, output, correction, reference, labels, threshold };
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var path = pr.GetValue(dir)!;
            var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
            var db = Directory.Exists(path) ? Path.Combine(path, EvalCommand.StoreFile) : path;
            if (!File.Exists(db))
            {
                throw new UsageException($"DIR '{path}' holds no {EvalCommand.StoreFile}; give a folder written by langgap eval.");
            }
            var context = await SuiteContext.ReadAsync(folder, ct);
            await using var store = await RunStore.OpenAsync(db, ct);
            var report = await ReportBuilder.BuildAsync(store, new ReportOptions
            {
                SuiteName = context?.Name,
                SuiteLanguages = context?.Languages,
                Correction = pr.GetValue(correction),
                ReferenceLanguage = pr.GetValue(reference),
                Thresholds = Thresholds(pr.GetValue(threshold)),
            }, ct);
            var safety = new LangGap.Safety.Reporting.SafetyReportOptions
            {
                SuiteName = context?.Name,
                Correction = pr.GetValue(correction),
                Labels = await SafetySection.LabelsAsync(pr.GetValue(labels), ct),
            };
            if (pr.GetValue(output) is { } file)
            {
                await using var writer = new StreamWriter(file, false, new System.Text.UTF8Encoding(false));
                await SafetySection.WriteAsync(report, store, pr.GetValue(format)!, writer, safety, ct);
                console.Error.WriteLine($"wrote {file}");
            }
            else
            {
                await SafetySection.WriteAsync(report, store, pr.GetValue(format)!, console.Out, safety, ct);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<CoverageThreshold> Thresholds(string[]? values)
    {
        try
        {
            return [.. (values ?? []).Select(CoverageThreshold.Parse)];
        }
        catch (FormatException e)
        {
            throw new UsageException($"Option '--threshold': {e.Message}");
        }
    }

    public static void Write(RunReport report, string format, TextWriter writer)
    {
        switch (format)
        {
            case "json":
                writer.WriteLine(JsonReportRenderer.Render(report));
                break;
            case "html":
                writer.Write(HtmlReportRenderer.Render(report));
                break;
            case "markdown":
                MarkdownReportRenderer.Render(report, writer);
                break;
            default:
                TextReportRenderer.Render(report, writer);
                break;
        }
    }
}
