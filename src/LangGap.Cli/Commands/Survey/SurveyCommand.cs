using LangGap.Cli.Options;
using System.Globalization;
using LangGap.Models;
using LangGap.Survey;
using LangGap.Survey.Annotation;
using LangGap.Survey.Agreement;
using LangGap.Survey.Ingest;
using LangGap.Survey.Selection;

namespace LangGap.Cli.Commands.Survey;

/// <summary><c>langgap survey</c>: which languages a literature corpus studies, and whether its papers say so.</summary>
internal static class SurveyCommand
{
    public static Command Create(CliConsole console)
    {
        var anthology = new Option<string[]>("--anthology") { Description = "ACL Anthology XML: a volume file, a folder of them, or a .tar.xz/.tar.gz/.tar archive (read without unpacking). Repeatable.", AllowMultipleArgumentsPerToken = true };
        var bibtex = new Option<string[]>("--bibtex") { Description = "BibTeX with abstracts (repeatable).", AllowMultipleArgumentsPerToken = true };
        var jsonl = new Option<string[]>("--jsonl") { Description = "JSONL papers: id, title, abstract, year, venue, url (repeatable).", AllowMultipleArgumentsPerToken = true };
        var years = new Option<string?>("--years") { Description = "Years to keep: 2020-2024 or 2023 (default: all)." };
        var rules = new Option<string?>("--rules") { Description = $"Selection rule file (lines 'title|abstract|any: term, term*'); default: '{SelectionRule.DefaultText}'." };
        var exclude = new Option<string?>("--exclude") { Description = "File of paper ids to drop (false positives), one per line, optional reason after the id." };
        var labels = new Option<string?>("--labels") { Description = "Human labels (CSV with id, group, languages, language_named, subtopic, or JSONL): report agreement." };
        var outDir = new Option<string>("--out") { Description = "Output folder: report.txt, report.json, report.html, papers.csv, no-abstract.csv. Must not hold an earlier survey.", Required = true };
        var format = new Option<string>("--format") { Description = "What to print: text, json or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var seed = new Option<long>("--seed") { Description = "Seed of the bootstrap stream (agreement intervals).", DefaultValueFactory = _ => 0 };
        var resamples = CommonOptions.Resamples("Bootstrap resamples for agreement intervals (default 1000).");
        var top = new Option<int>("--top") { Description = "Languages in the top-languages table.", DefaultValueFactory = _ => 20 };
        var judge = new Option<string?>("--judge") { Description = "Model id (from --models) that chooses subtopics instead of the keyword rules; replies are cached in OUT/judge-cache, so a rerun resumes." };
        var models = new Option<string?>("--models") { Description = "A models file (JSON or YAML) naming the --judge model's endpoint." };

        var command = new Command("survey", "Survey a literature corpus: select papers by keywords, annotate languages studied, whether they are named, group and subtopic; per-year trends.")
        {
            anthology, bibtex, jsonl, years, rules, exclude, labels, outDir, format, seed, resamples, top, judge, models,
        };
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var sources = (pr.GetValue(anthology) ?? []).Concat(pr.GetValue(bibtex) ?? []).Concat(pr.GetValue(jsonl) ?? []).ToList();
            if (sources.Count == 0) throw new UsageException("Give the papers with --anthology, --bibtex or --jsonl.");
            if (pr.GetValue(seed) < 0) throw new UsageException("--seed must be zero or positive.");
            if ((pr.GetValue(resamples) ?? 1000) < 1) throw new UsageException("--resamples must be at least 1.");
            if (pr.GetValue(top) < 1) throw new UsageException("--top must be at least 1.");
            var (first, last) = Years(pr.GetValue(years));
            var judgeId = pr.GetValue(judge);
            var modelsPath = pr.GetValue(models);
            if (judgeId is not null && modelsPath is null) throw new UsageException("--judge needs --models FILE naming the judge model's endpoint.");
            var folder = pr.GetValue(outDir)!;
            if (File.Exists(folder)) throw new UsageException($"--out: '{folder}' is a file; give a folder.");
            if (File.Exists(Path.Combine(folder, "papers.csv")))
            {
                throw new UsageException($"--out: '{folder}' already holds a survey (papers.csv); choose a new folder so earlier results are kept.");
            }
            var options = new SurveyOptions
            {
                FirstYear = first,
                LastYear = last,
                Rule = pr.GetValue(rules) is { } r ? await SelectionRule.LoadAsync(r, ct) : SelectionRule.Default,
                Exclusions = pr.GetValue(exclude) is { } x ? await ExclusionList.LoadAsync(x, ct) : ExclusionList.Empty,
                TopLanguages = pr.GetValue(top),
                Seed = (ulong)pr.GetValue(seed),
                Resamples = (pr.GetValue(resamples) ?? 1000),
            };
            var human = pr.GetValue(labels) is { } l ? await HumanLabelFile.LoadAsync(l, ct) : null;
            // The judge's models file is checked before the corpus is read, so a wrong id fails at once.
            using var registry = judgeId is null ? null : new ModelRegistry(await ModelsFile.LoadAsync(modelsPath!, ct));
            if (registry is not null && !registry.ModelIds.Contains(judgeId!))
            {
                throw new UsageException($"--judge '{judgeId}' is not in {modelsPath}; known: {string.Join(", ", registry.ModelIds)}.");
            }
            var corpus = await PaperCorpusReader.ReadAsync(sources, ct);
            var selection = SurveyAnalysis.Select(corpus, options);
            var subtopicSource = "rules";
            Directory.CreateDirectory(folder);
            if (registry is not null)
            {
                using var client = new ResponseCacheChatClient(registry.GetClient(judgeId!), Path.Combine(folder, "judge-cache"), judgeId!);
                var (judged, unparsed) = await SurveyJudging.ApplyAsync(selection, new SubtopicJudge(client, judgeId!), concurrency: 4, ct);
                selection = judged;
                subtopicSource = unparsed == 0 ? $"judge:{judgeId}" : $"judge:{judgeId} ({unparsed} replies named no label and keep the rules' subtopic)";
            }
            var agreement = human is null ? null : AgreementAnalysis.Compute(selection.Selected, human, options.Seed, options.Resamples);
            var report = SurveyReportBuilder.Build(selection, options, subtopicSource, agreement);
            var text = SurveyTextRenderer.Render(report);
            var json = SurveyJsonRenderer.Render(report);
            var html = SurveyHtmlRenderer.Render(report);
            await File.WriteAllTextAsync(Path.Combine(folder, "report.txt"), text, ct);
            await File.WriteAllTextAsync(Path.Combine(folder, "report.json"), json, ct);
            await File.WriteAllTextAsync(Path.Combine(folder, "report.html"), html, ct);
            await File.WriteAllTextAsync(Path.Combine(folder, "no-abstract.csv"),
                "id,year,venue_type,source\n" + string.Concat(selection.WithoutAbstract.Select(p =>
                    $"{p.Id},{p.Year.ToString(CultureInfo.InvariantCulture)},{VenueTypeNames.Name(p.VenueType)},\"{p.Source.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n")), ct);
            // papers.csv last: its presence marks a finished survey, so an interrupted run can be repeated into the same folder.
            await File.WriteAllTextAsync(Path.Combine(folder, "papers.csv"), PapersCsvWriter.Render(report.Selected), ct);
            await console.Out.WriteAsync(pr.GetValue(format) switch { "json" => json, "html" => html, _ => text });
            await console.Error.WriteLineAsync($"survey: {report.Total.Selected} papers selected; wrote {folder}/report.txt, report.json, report.html, papers.csv, no-abstract.csv");
            return ExitCodes.Success;
        });
        return command;
    }

    private static (int? First, int? Last) Years(string? text)
    {
        if (text is null)
        {
            return (null, null);
        }
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2 && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var last = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            if (first <= last)
            {
                return (first, last);
            }
        }
        throw new UsageException($"--years: expected a year or a range like 2020-2024, found '{text}'.");
    }
}
