using System.Globalization;
using LangGap.Cli.Commands.Eval;
using LangGap.Cli.Options;
using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Evaluation.Workspace;
using LangGap.Languages;
using LangGap.Reasoning;
using LangGap.Reasoning.Cot;
using LangGap.Reasoning.Reports;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Reasoning;
using LangGap.Torch.Resolution;
using Microsoft.Extensions.AI;

namespace LangGap.Cli.Commands.Reasoning;

/// <summary><c>langgap reason</c>: budget forcing sweeps (s1) with language forcing, run through the evaluation runner and
/// reported as accuracy per language × thinking budget, paired tests between budgets and the chain of thought's languages.</summary>
internal static class ReasonCommand
{
    private const string AnswerCue = "Final Answer:";

    public static Command Create(CliConsole console)
    {
        var suite = new Option<string>("--suite") { Description = "reason-demo (built in) or mgsm (with --data).", DefaultValueFactory = _ => ReasoningSuites.Demo };
        var data = new Option<string?>("--data") { Description = "The MGSM folder of mgsm_<lang>.tsv files (for --suite mgsm)." };
        var model = new Option<string>("--model") { Description = "'embedded', a model folder, or an id from --models served as raw completions (api: completions + template).", DefaultValueFactory = _ => ModelSource.EmbeddedName };
        var models = new Option<string?>("--models") { Description = "A models file (JSON or YAML) naming OpenAI-compatible endpoints." };
        var budgets = new Option<string?>("--budgets") { Description = "Thinking budgets in tokens, comma-separated (default: 0,16,32,64,128 for the embedded model, else 500,1000,2000,4000,8000)." };
        var ignore = new Option<int>("--ignore") { Description = "Extensions: how many times an early end of thinking is replaced by the ignore string.", DefaultValueFactory = _ => 0 };
        var forcing = new Option<string>("--forcing") { Description = "Language forcing: none, wait, prefix, system or combined.", DefaultValueFactory = _ => "none" };
        var reasoningLanguage = new Option<string?>("--reasoning-language") { Description = "The language to force the thinking into (default: each query's own language)." };
        var languages = new Option<string?>("--languages") { Description = "Query languages, comma-separated (default: all of the suite's)." };
        var thinkingFormat = new Option<string?>("--thinking-format") { Description = "Thinking markers: s1, think or embedded (default: embedded for the embedded model, s1 for ChatML templates, else think)." };
        var maxTokens = CommonOptions.MaxTokens("The most tokens of the answer after thinking", 32);
        var temperature = new Option<double>("--temperature") { Description = "Sampling temperature (0: greedy, as in s1).", DefaultValueFactory = _ => 0 };
        var limit = new Option<int?>("--limit") { Description = "Use only the first N problems of each language." };
        var samples = CommonOptions.Samples("Generations per problem and budget, k (default 1).");
        var seed = CommonOptions.Seed("The run seed");
        var concurrency = new Option<int>("--concurrency") { Description = "Generations in flight at once.", DefaultValueFactory = _ => 16 };
        var outDir = CommonOptions.Out("Run folder (default: a new folder under runs/); an existing run folder is resumed, if its settings are unchanged");
        var format = CommonOptions.Format("The report as text, json or html (an HTML copy is always written to the run folder).", "text", "json", "html");
        var correction = CommonOptions.Correction("Multiple-comparison correction over the paired tests between consecutive budgets");
        var command = new Command("reason", "Thinking-budget sweeps with s1 budget forcing and language forcing: accuracy per language × budget, paired tests, CoT languages.")
        {
            suite, data, model, models, budgets, ignore, forcing, reasoningLanguage, languages, thinkingFormat, maxTokens, temperature, limit, samples, seed,
            concurrency, outDir, format,
        };
        command.Options.Add(correction);
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            if (pr.GetValue(limit) is < 1) throw new UsageException("--limit must be at least 1.");
            if (pr.GetValue(samples) is < 1) throw new UsageException("--samples must be at least 1.");
            if (pr.GetValue(concurrency) < 1) throw new UsageException("--concurrency must be at least 1.");
            if (pr.GetValue(ignore) < 0) throw new UsageException("--ignore must be 0 or more.");
            if (pr.GetValue(maxTokens) < 1) throw new UsageException("--max-tokens must be at least 1.");
            if (pr.GetValue(temperature) < 0) throw new UsageException("--temperature must be 0 or more.");
            var mode = ParseMode(pr.GetValue(forcing)!);
            var format0 = pr.GetValue(thinkingFormat) is { } f
                ? ThinkingFormat.Find(f) ?? throw new UsageException(CommonOptions.Expects("--thinking-format", ThinkingFormat.Names, f))
                : null;
            var forced = pr.GetValue(reasoningLanguage) is { } rl ? Tag(rl, "--reasoning-language") : null;
            var wanted = (pr.GetValue(languages) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(l => Tag(l, "--languages")).ToList();
            var modelId = pr.GetValue(model)!;
            var budgetList = ParseBudgets(pr.GetValue(budgets), ModelResolver.IsEmbedded(modelId));

            var suiteName = pr.GetValue(suite)!;
            var problems = await ReasoningSuites.LoadAsync(suiteName, pr.GetValue(data), wanted, ct);
            using var resolver = await ModelResolver.CreateAsync(pr.GetValue(models), ct);
            using var client = ReasoningClientFactory.Create(resolver, modelId, format0);
            var runModel = new RunModel(ResolvedId(modelId), client) { Identity = client.Identity };
            var tasks = Tasks(problems, budgetList, pr.GetValue(ignore), mode, forced, pr.GetValue(limit), pr.GetValue(maxTokens), pr.GetValue(temperature));
            var options = new RunOptions
            {
                MaxConcurrency = pr.GetValue(concurrency),
                SamplesPerPrompt = pr.GetValue(samples) ?? 1,
                Seed = pr.GetValue(seed),
            };
            var run = new EvaluationRun(tasks, [runModel], options);
            var workspace = RunWorkspace.At(pr.GetValue(outDir), suiteName);
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
            var settings = new Dictionary<string, string>
            {
                ["suite"] = suiteName,
                ["thinking format"] = client.Format.Name,
                ["ignore"] = pr.GetValue(ignore).ToString(CultureInfo.InvariantCulture),
                ["forcing"] = pr.GetValue(forcing)!,
                ["reasoning language"] = mode == ForcingMode.None ? "not forced" : forced?.ToString() ?? "query language",
            };
            var report = await ReasoningReportBuilder.BuildAsync(store, runModel.Id, ScorerIdentity.Of(Scorer).Key, settings, pr.GetValue(correction), new CotAnalyzer(), ct);
            await File.WriteAllTextAsync(Path.Combine(workspace.Folder, "reason-report.html"), ReasoningReportRenderer.Html(report), ct);
            console.Out.Write(pr.GetValue(format) switch
            {
                "json" => ReasoningReportRenderer.Json(report) + "\n",
                "html" => ReasoningReportRenderer.Html(report),
                _ => ReasoningReportRenderer.Text(report),
            });
            if (summary.StopReason is not null)
            {
                console.Error.WriteLine(summary.StopReason);
                return ExitCodes.Failure;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static readonly NumericMatchScorer Scorer = new(AnswerCue);

    /// <summary>One task per budget and query language, so each carries the forcing of its language.</summary>
    internal static List<EvalTask> Tasks(IReadOnlyList<Sample> problems, IReadOnlyList<int> budgets, int ignore, ForcingMode mode, LanguageTag? reasoningLanguage,
        int? limit, int answerTokens, double temperature)
    {
        var tasks = new List<EvalTask>();
        foreach (var group in problems.GroupBy(p => p.Language.ToString(), StringComparer.Ordinal))
        {
            var language = group.First().Language;
            var forcing = LanguageForcing.Of(mode, reasoningLanguage ?? language);
            var chosen = limit is { } n ? group.Take(n) : group;
            var samples = chosen.Select(s => forcing.SystemLine is { } line
                ? s with { Messages = [new ChatMessage(ChatRole.System, line), .. s.Messages] }
                : s).ToList();
            var dataset = new InMemoryDataset($"reason-{group.Key}", samples);
            foreach (var budget in budgets)
            {
                var extra = new Dictionary<string, string>
                {
                    [ReasoningOptionKeys.Budget] = budget.ToString(CultureInfo.InvariantCulture),
                    [ReasoningOptionKeys.Ignore] = ignore.ToString(CultureInfo.InvariantCulture),
                    [ReasoningOptionKeys.IgnoreString] = forcing.IgnoreString,
                };
                if (forcing.ThinkingPrefix is { } prefix)
                {
                    extra[ReasoningOptionKeys.ThinkingPrefix] = prefix;
                }
                var generation = new GenerationOptions { MaxTokens = answerTokens, Temperature = (float)temperature, Extra = extra };
                tasks.Add(new EvalTask($"b{budget.ToString(CultureInfo.InvariantCulture)}-{group.Key}", dataset, PromptTemplate.Identity, generation, [Scorer]));
            }
        }
        return tasks;
    }

    internal static IReadOnlyList<int> ParseBudgets(string? text, bool embedded)
    {
        if (text is null)
        {
            return embedded ? [0, 16, 32, 64, 128] : [500, 1000, 2000, 4000, 8000];
        }
        var budgets = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var b))
            {
                throw new UsageException($"--budgets expects whole numbers of tokens separated by commas, found '{part}'.");
            }
            budgets.Add(b);
        }
        if (budgets.Count == 0) throw new UsageException("--budgets names no budget.");
        return [.. budgets.Distinct().Order()];
    }

    private static ForcingMode ParseMode(string text) => Enum.TryParse<ForcingMode>(text, ignoreCase: true, out var mode) && !int.TryParse(text, out _)
        ? mode
        : throw new UsageException(CommonOptions.Expects("--forcing", ["none", "wait", "prefix", "system", "combined"], text));

    private static LanguageTag Tag(string text, string option) =>
        LanguageTag.TryParse(text, out var tag) ? tag : throw new UsageException($"{option} expects language tags such as de or sw, found '{text}'.");

    private static string ResolvedId(string spec) => ModelResolver.IsEmbedded(spec) ? ModelSource.EmbeddedName : spec;
}
