using System.Text.Json;
using LangGap.Languages;
using LangGap.Statistics;
using LangGap.Statistics.Aggregation;
using LangGap.Storage;

namespace LangGap.Reports;

/// <summary>Builds a <see cref="RunReport"/> from a run store: per-language means with intervals, gaps, paired tests, win rates.</summary>
/// <remarks>
/// Intervals are 95%: Wilson for pass/fail scores, mean ± t·s/√n otherwise. Only successful generations are scored; unscored verdicts are counted, never averaged as 0. With k samples per
/// prompt, intervals and tests treat the prompt as the unit (generations of one prompt are averaged for the interval
/// and resampled together in the paired bootstrap). The same store and options always give the same report.
/// </remarks>
public static class ReportBuilder
{
    /// <summary>Reads <paramref name="store"/> and builds its report.</summary>
    public static async Task<RunReport> BuildAsync(RunStore store, ReportOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var runs = await store.ReadRunsAsync(cancellationToken).ConfigureAwait(false);
        var generations = await store.ReadGenerationsAsync(cancellationToken).ConfigureAwait(false);
        var scores = await store.ReadScoresAsync(cancellationToken).ConfigureAwait(false);
        return Build(runs, generations, scores, options ?? new ReportOptions());
    }

    /// <summary>Builds the report of the given rows.</summary>
    public static RunReport Build(IReadOnlyList<RunMetadata> runs, IReadOnlyList<GenerationRecord> generations, IReadOnlyList<ScoreRecord> scores, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(generations);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(options);
        var byKey = generations.Where(g => g.Status == GenerationStatus.Ok).ToDictionary(g => g.Key, StringComparer.Ordinal);
        var allRows = scores.Where(s => byKey.ContainsKey(s.GenerationKey)).Select(s =>
        {
            var g = byKey[s.GenerationKey];
            return new ReportRow(g.Task, s.Scorer, g.Model, g.Language, g.SampleId, g.SampleIndex, s.Value, s.DetailsJson);
        }).ToList();
        // Pairwise verdicts compare two models, so they get their own win-rate table instead of per-model cells.
        var rows = allRows.Where(r => !ReportPairwiseRates.IsPairwise(r.Scorer)).ToList();
        var modelOrder = ConfigOrder(runs, "models", "id");
        var models = generations.Select(g => g.Model).Distinct(StringComparer.Ordinal)
            .OrderBy(m => modelOrder.IndexOf(m) is var i && i >= 0 ? i : int.MaxValue).ThenBy(m => m, StringComparer.Ordinal).ToList();
        var languages = OrderLanguages(generations.Select(g => g.Language).Distinct(StringComparer.Ordinal), options);
        var taskOrder = ConfigOrder(runs, "tasks", "name");
        var measures = rows.Select(r => (r.Task, r.Scorer)).Distinct()
            .OrderBy(m => taskOrder.IndexOf(m.Task) is var i && i >= 0 ? i : int.MaxValue).ThenBy(m => m.Task, StringComparer.Ordinal).ToList();

        var cells = new List<ReportCell>();
        var gaps = new List<ReportGap>();
        foreach (var (task, scorer) in measures)
        {
            foreach (var model in models)
            {
                var modelCells = new List<ReportCell>();
                foreach (var language in languages)
                {
                    var group = rows.Where(r => r.Task == task && r.Scorer == scorer && r.Model == model && r.Language == language).ToList();
                    if (group.Count > 0)
                    {
                        modelCells.Add(Cell(task, scorer, model, language, group));
                    }
                }
                cells.AddRange(modelCells);
                if (Gap(task, scorer, model, modelCells) is { } gap)
                {
                    gaps.Add(gap);
                }
            }
        }
        var comparisons = models.Count > 1 ? ReportComparisons.Paired(rows, measures, models, languages, options) : [];
        var winRates = models.Count > 1 ? ReportComparisons.WinRates(rows, measures, models, options) : [];
        var transparency = new ReportTransparency(
            options.SuiteName, LangGapVersion.Current, [.. runs.Select(r => r.VersionsJson).Distinct(StringComparer.Ordinal)], models,
            [.. allRows.Where(r => (r.Scorer.StartsWith("judge", StringComparison.Ordinal) || ReportPairwiseRates.IsPairwise(r.Scorer)) && r.DetailsJson is not null)
                .Select(r => CorpusScores.Field(r.DetailsJson!, "judge")).OfType<string>().Distinct(StringComparer.Ordinal)],
            [.. runs.Select(r => r.Seed).Distinct()], options.Seed, options.Resamples, options.Correction.ToString(),
            [.. languages.Select(l => Language(l, options))], CorpusScores.Signatures(rows),
            generations.Count, generations.Count(g => g.Status == GenerationStatus.Failed));
        return new RunReport([.. runs.Select(r => r.RunId)], cells, gaps, comparisons, winRates, transparency, Examples(generations, languages, options))
        {
            Pairwise = ReportPairwiseRates.Compute(allRows, models, languages, options),
        };
    }

    private static ReportCell Cell(string task, string scorer, string model, string language, List<ReportRow> group)
    {
        var scored = group.Where(r => r.Value is not null).ToList();
        var unscored = group.Count - scored.Count;
        if (scored.Count == 0)
        {
            return new ReportCell(task, scorer, model, language, 0, unscored, null, null, null, null);
        }
        // The prompt is the unit: generations of one prompt are averaged before the interval is taken.
        var perPrompt = scored.GroupBy(r => r.SampleId, StringComparer.Ordinal).Select(g => g.Average(r => r.Value!.Value)).ToArray();
        var mean = scored.Average(r => r.Value!.Value);
        double? lower, upper;
        if (perPrompt.All(v => v is 0 or 1))
        {
            // Pass/fail scores: a Wilson interval stays inside [0, 1] and is sound for small n, unlike mean ± t·s/√n.
            var wilson = ProportionInterval.Wilson(perPrompt.Count(v => v == 1), perPrompt.Length);
            (lower, upper) = (wilson.Lower, wilson.Upper);
        }
        else
        {
            var estimate = GroupAggregation.Estimate(language, perPrompt);
            lower = double.IsFinite(estimate.Lower) ? estimate.Lower : null;
            upper = double.IsFinite(estimate.Upper) ? estimate.Upper : null;
        }
        return new ReportCell(task, scorer, model, language, scored.Count, unscored, mean, lower, upper, CorpusScores.Of(scored));
    }

    private static ReportGap? Gap(string task, string scorer, string model, List<ReportCell> cells)
    {
        var scored = cells.Where(c => c.Mean is not null).ToList();
        if (scored.Count == 0)
        {
            return null;
        }
        var worst = scored.MinBy(c => c.Mean!.Value)!;
        var best = scored.Max(c => c.Mean!.Value);
        var english = scored.FirstOrDefault(c => c.Language == "en");
        var gapToEnglish = english is null
            ? new Dictionary<string, double>()
            : scored.ToDictionary(c => c.Language, c => c.Mean!.Value - english.Mean!.Value, StringComparer.Ordinal);
        return new ReportGap(task, scorer, model, scored.Average(c => c.Mean!.Value), worst.Language, worst.Mean!.Value, best - worst.Mean!.Value, gapToEnglish);
    }

    /// <summary>Task names or model ids in the order the runs' configurations list them (the suite's and command line's order).</summary>
    private static List<string> ConfigOrder(IReadOnlyList<RunMetadata> runs, string list, string field)
    {
        var order = new List<string>();
        foreach (var run in runs)
        {
            try
            {
                using var doc = JsonDocument.Parse(run.ConfigJson);
                if (doc.RootElement.TryGetProperty(list, out var items) && items.ValueKind == JsonValueKind.Array)
                {
                    order.AddRange(items.EnumerateArray().Select(t => t.TryGetProperty(field, out var n) ? n.GetString() : null).OfType<string>().Where(n => !order.Contains(n)));
                }
            }
            catch (JsonException)
            {
                // A configuration that is not JSON gives no order; names then sort alphabetically.
            }
        }
        return order;
    }

    private static List<string> OrderLanguages(IEnumerable<string> seen, ReportOptions options)
    {
        var order = options.SuiteLanguages?.Select(l => LanguageTag.TryParse(l.Code, out var t) ? t.ToString() : l.Code).ToList() ?? [];
        return [.. seen.OrderBy(l => order.IndexOf(l) is var i && i >= 0 ? i : int.MaxValue).ThenBy(l => l == "en" ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal)];
    }

    private static ReportLanguage Language(string code, ReportOptions options)
    {
        var info = LanguageTag.TryParse(code, out var tag) ? tag.Info : null;
        var declared = options.SuiteLanguages?.FirstOrDefault(l => LanguageTag.TryParse(l.Code, out var t) && t.ToString() == code);
        return new ReportLanguage(code, info?.EnglishName ?? code, declared?.ResourceClass ?? (info?.ResourceClass is { } rc ? (int)rc : null), declared?.PromptOrigin);
    }

    private static List<ReportExample> Examples(IReadOnlyList<GenerationRecord> generations, List<string> languages, ReportOptions options) =>
        [.. generations
            .GroupBy(g => (g.Task, g.Language, g.Model))
            .OrderBy(g => languages.IndexOf(g.Key.Language))
            .SelectMany(g => g.OrderBy(x => x.SampleId, StringComparer.Ordinal).ThenBy(x => x.SampleIndex).Take(options.ExamplesPerLanguage))
            .Select(g => new ReportExample(g.Task, g.Language, g.SampleId, g.Model, LastUserContent(g.PromptJson), g.Text ?? $"(failed: {g.FailureReason})"))];

    private static string LastUserContent(string promptJson)
    {
        using var doc = JsonDocument.Parse(promptJson);
        return doc.RootElement.EnumerateArray().LastOrDefault(m => m.GetProperty("role").GetString() == "user") is { ValueKind: JsonValueKind.Object } m
            ? m.GetProperty("content").GetString() ?? ""
            : "";
    }
}
