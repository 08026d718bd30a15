using System.Globalization;
using LangGap.Cli.Options;
using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Suites;
using LangGap.Evaluation.Workspace;
using LangGap.Reports;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Resolution;

namespace LangGap.Cli.Commands.Eval;

/// <summary><c>langgap eval</c>: run a suite on one or more models into a run folder and print the per-language table.</summary>
internal static class EvalCommand
{
    public const string StoreFile = RunWorkspace.StoreFileName;

    public static Command Create(CliConsole console)
    {
        var suite = new Option<string>("--suite") { Description = "A suite.json file, or a built-in suite name (demo, redteam-demo, aya23).", DefaultValueFactory = _ => "demo" };
        var model = new Option<string[]>("--model") { Description = "Model ids (repeatable): 'embedded', a model folder (Hugging Face or `langgap train` output), or ids from --models.", AllowMultipleArgumentsPerToken = true };
        var models = new Option<string?>("--models") { Description = "A models file (JSON or YAML) naming OpenAI-compatible endpoints." };
        var data = new Option<string?>("--data") { Description = "The folder a suite's {data} paths read (aya23: the published XCOPA, XStoryCloze, XWinograd, Global-MMLU, MGSM and FLORES files); parts not found are skipped and listed." };
        var limit = new Option<int?>("--limit") { Description = "Use only the first N samples of each language in each task." };
        var samples = CommonOptions.Samples("Generations per prompt, k (default: the suite's, else 1).");
        var seed = CommonOptions.Seed("The run seed");
        var concurrency = new Option<int>("--concurrency") { Description = "Generations in flight at once.", DefaultValueFactory = _ => 16 };
        var outDir = new Option<string?>("--out") { Description = "Run folder (default: a new folder under runs/); an existing run folder is resumed, if its settings are unchanged." };
        var maxFailures = new Option<double>("--max-failures") { Description = "Stop when more than this fraction of generations failed.", DefaultValueFactory = _ => 0.5 };
        var format = CommonOptions.Format("The results table as text or json.", "text", "json");
        var correction = CommonOptions.Correction("Multiple-comparison correction over each scorer's paired tests");
        var retryFailed = new Option<bool>("--retry-failed") { Description = "In a resumed run, try again the generations that failed and the scores a failing scorer (judge) left unscored." };
        var reference = new Option<string?>("--reference-language")
        {
            Description = "The language gaps are measured against (a tag such as en or hi, or none); default: English when the run has it, otherwise none.",
        };
        var harmJudge = new Option<string?>("--judge") { Description = "A judge model for harm on red-team tasks (harm-judge): an id from --models, 'embedded', or a model folder." };
        var command = new Command("eval", "Run an evaluation suite on models and print per-language results with confidence intervals.")
        {
            suite, model, models, data, limit, samples, seed, concurrency, outDir, maxFailures, retryFailed, format, harmJudge, reference,
        };
        command.Options.Add(correction);
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            if (pr.GetValue(limit) is < 1) throw new UsageException("--limit must be at least 1.");
            if (pr.GetValue(samples) is < 1) throw new UsageException("--samples must be at least 1.");
            if (pr.GetValue(concurrency) < 1) throw new UsageException("--concurrency must be at least 1.");
            if (pr.GetValue(maxFailures) is < 0 or > 1) throw new UsageException("--max-failures must be a fraction between 0 and 1.");
            var ids = pr.GetValue(model) is { Length: > 0 } given ? given : [ModelSource.EmbeddedName];
            using var resolver = await ModelResolver.CreateAsync(pr.GetValue(models), ct);
            var runModels = resolver.ResolveRunModels(ids);
            var judges = new Dictionary<string, string>(StringComparer.Ordinal);
            var loaded = await SuiteLoader.LoadAsync(pr.GetValue(suite)!, judge =>
            {
                judges[judge] = resolver.IdentityOf(judge, "judge model");
                return resolver.ResolveClient(judge);
            }, pr.GetValue(data), ct);
            foreach (var line in SuiteSkip.Summarize(loaded.Skipped))
            {
                console.Error.WriteLine(line);
            }
            var perLanguage = pr.GetValue(limit);
            var tasks = loaded.Tasks.Select(t => perLanguage is { } n ? t with { Dataset = new PerLanguageLimitDataset(t.Dataset, n) } : t).ToList();
            if (pr.GetValue(harmJudge) is { } judgeId)
            {
                judges[judgeId] = resolver.IdentityOf(judgeId, "judge model");
                tasks = [.. LangGap.Safety.SafetySuite.AddHarmJudge(tasks, resolver.ResolveClient(judgeId), judgeId, await LangGap.Safety.SafetySuite.RubricNextToAsync(loaded.Path, ct))];
            }
            var options = new RunOptions
            {
                MaxConcurrency = pr.GetValue(concurrency),
                SamplesPerPrompt = pr.GetValue(samples) ?? loaded.SamplesPerPrompt ?? 1,
                Seed = pr.GetValue(seed),
                MaxFailureFraction = pr.GetValue(maxFailures),
                RetryFailed = pr.GetValue(retryFailed),
            };
            var run = new EvaluationRun(tasks, runModels, options) { Suite = Evaluation.Suites.SuiteContext.Of(loaded), Judges = judges };
            var workspace = RunWorkspace.At(pr.GetValue(outDir), loaded.Name);
            await using var store = await workspace.OpenAsync(run, ct);
            var progress = new EvalProgressPrinter(console.Error, !Console.IsErrorRedirected && console.Error is StreamWriter);
            RunSummary summary;
            try
            {
                summary = await new EvaluationRunner().RunAsync(run, store, progress, ct);
            }
            finally
            {
                progress.Finish();
            }
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {summary.RunId}: {summary.Generated} generated, {summary.Skipped} from store, {summary.Failed} failed, in {summary.Elapsed.TotalSeconds:F1} s; stored in {workspace.Folder}"));
            var report = await ReportBuilder.BuildAsync(store, new ReportOptions { SuiteName = loaded.Name, SuiteLanguages = loaded.Languages, Correction = pr.GetValue(correction), ReferenceLanguage = pr.GetValue(reference) }, ct);
            await SafetySection.WriteAsync(report, store, pr.GetValue(format)!, console.Out, new LangGap.Safety.Reporting.SafetyReportOptions { SuiteName = loaded.Name, Seed = pr.GetValue(seed) }, ct);
            if (summary.StopReason is not null)
            {
                console.Error.WriteLine(summary.StopReason);
                return ExitCodes.Failure;
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
