using System.Text.Json;
using LangGap.Evaluation.Aggregation;
using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Storage;
using LangGap.Reports.Coverage;

namespace LangGap.Reports;

/// <summary>Builds a <see cref="RunReport"/> from a run store: the aggregation (<see cref="ScoreAggregator"/>) plus what a reader needs around it.</summary>
/// <remarks>
/// The numbers come from <see cref="ScoreAggregator"/> in <c>LangGap.Evaluation.Aggregation</c>: intervals, paired tests,
/// "best"/"worst" and gaps follow each scorer's stored descriptor; the reference language of gaps is
/// <see cref="ReportOptions.ReferenceLanguage"/>. This class only adds transparency (versions, seeds, signatures,
/// languages) and examples, and shapes the result for the renderers. The same store and options always give the same report.
/// </remarks>
public static class ReportBuilder
{
    /// <summary>Reads <paramref name="store"/> (streaming its scores) and builds its report.</summary>
    /// <exception cref="InvalidInputException">The reference language has no generation in the run, or the store cannot be read.</exception>
    public static async Task<RunReport> BuildAsync(RunStore store, ReportOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= new ReportOptions();
        var aggregation = await ScoreAggregator.AggregateAsync(store, Aggregation(options), cancellationToken).ConfigureAwait(false);
        var runs = await store.ReadRunsAsync(cancellationToken).ConfigureAwait(false);
        var summary = await store.ReadGenerationSummaryAsync(cancellationToken).ConfigureAwait(false);
        var examples = await store.ReadExamplesAsync(options.ExamplesPerLanguage, cancellationToken).ConfigureAwait(false);
        var signatures = await store.ReadSignaturesAsync(cancellationToken).ConfigureAwait(false);
        return Assemble(runs, aggregation, summary, examples, signatures, options);
    }

    /// <summary>Builds the report of rows held in memory (as a store would return them).</summary>
    /// <param name="runs">The runs.</param>
    /// <param name="scorers">The scorers recorded with the run.</param>
    /// <param name="generations">Every generation.</param>
    /// <param name="scores">Every score.</param>
    /// <param name="options">How to test and correct.</param>
    /// <param name="pairwise">Pairwise verdicts, if any.</param>
    public static RunReport Build(IReadOnlyList<RunMetadata> runs, IReadOnlyList<ScorerDefinition> scorers, IReadOnlyList<GenerationRecord> generations,
        IReadOnlyList<ScoreRecord> scores, ReportOptions options, IReadOnlyList<PairwiseVerdictRecord>? pairwise = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(scorers);
        ArgumentNullException.ThrowIfNull(generations);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(options);
        var byKey = generations.ToDictionary(g => g.Key, StringComparer.Ordinal);
        var ok = generations.Where(g => g.Status == GenerationStatus.Ok).ToDictionary(g => g.Key, StringComparer.Ordinal);
        var rows = scores.Where(s => ok.ContainsKey(s.GenerationKey)).Select(s =>
        {
            var g = ok[s.GenerationKey];
            return new ScoreRow(g.Task, s.Scorer, g.Model, g.Language, g.SampleId, g.SampleIndex, s.Value, s.Statistics?.ToArray(), []);
        });
        var verdicts = (pairwise ?? []).Where(p => byKey.ContainsKey(p.ChallengerKey) && byKey.ContainsKey(p.BaselineKey)).Select(p =>
        {
            var g = byKey[p.ChallengerKey];
            return new PairwiseRow(g.Task, p.Judge, g.Language, byKey[p.BaselineKey].Model, g.Model, g.SampleId, g.SampleIndex, p.Order, p.Verdict);
        });
        var models = generations.Select(g => g.Model).Distinct(StringComparer.Ordinal).ToList();
        var languages = generations.Select(g => g.Language).Distinct(StringComparer.Ordinal).ToList();
        var aggregation = ScoreAggregator.Aggregate(runs, scorers, rows, verdicts, models, languages, Aggregation(options));
        var summary = new GenerationSummary(models, languages, generations.Count, generations.Count(g => g.Status == GenerationStatus.Failed));
        var examples = generations.GroupBy(g => (g.Task, g.Language, g.Model))
            .SelectMany(g => g.OrderBy(x => x.SampleId, StringComparer.Ordinal).ThenBy(x => x.SampleIndex).Take(options.ExamplesPerLanguage)).ToList();
        var signatures = scores.Where(s => s.Signature is not null).Select(s => (s.Scorer, s.Signature!)).Distinct().ToList();
        return Assemble(runs, aggregation, summary, examples, signatures, options);
    }

    private static AggregationOptions Aggregation(ReportOptions options) => new()
    {
        ReferenceLanguage = options.ReferenceLanguage,
        Resamples = options.Resamples,
        Seed = options.Seed,
        Correction = options.Correction,
        LanguageOrder = options.SuiteLanguages?.Select(l => LanguageTag.TryParse(l.Code, out var t) ? t.ToString() : l.Code).ToList() ?? [],
    };

    private static RunReport Assemble(IReadOnlyList<RunMetadata> runs, ScoreAggregation a, GenerationSummary summary, IReadOnlyList<GenerationRecord> examples,
        IReadOnlyList<(string Scorer, string Signature)> signatures, ReportOptions options)
    {
        var used = a.Groups.Select(g => g.Scorer.Identity.Key).ToHashSet(StringComparer.Ordinal);
        var defined = a.Scorers.Values.Where(s => used.Contains(s.Identity.Key)).OrderBy(s => s.Identity.Name, StringComparer.Ordinal).ThenBy(s => s.Identity.Key, StringComparer.Ordinal).ToList();
        // A heading shows the name; only where one task has two scorers of that name (other settings) does it show the key.
        var ambiguous = a.Groups.GroupBy(g => (g.Task, g.Scorer.Identity.Name)).Where(t => t.Select(g => g.Scorer.Identity.Key).Distinct().Count() > 1)
            .SelectMany(t => t.Select(g => g.Scorer.Identity.Key)).ToHashSet(StringComparer.Ordinal);
        var scorers = defined.Select(s => new ReportScorer(s.Identity.Key, s.Identity.Name, ambiguous.Contains(s.Identity.Key) ? s.Identity.Key : s.Identity.Name,
            s.Descriptor, s.Identity.SettingsJson, s.Judge, s.Corpus is not null)).ToList();
        var label = scorers.ToDictionary(s => s.Key, s => s.Label, StringComparer.Ordinal);
        var cells = a.Groups.Select(g => new ReportCell(g.Task, label[g.Scorer.Identity.Key], g.Scorer.Identity.Key, g.Model, g.Language, g.Count, g.Unscored,
            g.Mean, g.Lower, g.Upper, IntervalName(g.Interval), g.CorpusScore)).ToList();
        var gaps = a.Gaps.Select(g => new ReportGap(g.Task, label[g.Scorer.Identity.Key], g.Scorer.Identity.Key, g.Model, g.MacroAverage, g.WorstLanguage, g.WorstMean,
            g.BestLanguage, g.BestMean, g.MaxMinGap, g.ReferenceLanguage, g.GapToReference)).ToList();
        var comparisons = a.Comparisons.Select(c => new ReportComparison(c.Task, label[c.Scorer.Identity.Key], c.Scorer.Identity.Key, c.Language, c.ModelA, c.ModelB,
            c.Pairs, c.Clusters, c.Difference, c.Lower, c.Upper, PairedTests.Name(c.Test), c.PValue, c.PAdjusted)).ToList();
        var winRates = a.WinRates.Select(w => new ReportWinRate(w.Task, label[w.Scorer.Identity.Key], w.Scorer.Identity.Key, w.ModelA, w.ModelB, w.Judgements,
            w.WinRateA, w.WinRateB, w.TieRate, w.Delta, w.Lower, w.Upper)).ToList();
        var pairwise = a.Pairwise.Select(p => new ReportPairwise(p.Task, p.Judge, p.Language, p.ModelA, p.ModelB, p.Judgements, p.Prompts, p.Unscored,
            p.WinRateA, p.WinRateB, p.TieRate, p.Delta, p.Lower, p.Upper, p.PValue)).ToList();
        var judges = defined.Select(s => s.Judge).Concat(a.Pairwise.Select(p => p.Judge)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var transparency = new ReportTransparency(
            options.SuiteName, LangGapVersion.Current, [.. runs.Select(r => r.VersionsJson).Distinct(StringComparer.Ordinal)], a.Models, judges,
            [.. runs.Select(r => r.Seed).Distinct()], options.Seed, options.Resamples, CorrectionName(options.Correction),
            [.. a.Languages.Select(l => Language(l, options))],
            [.. signatures.Where(s => label.ContainsKey(s.Scorer)).Select(s => $"{label[s.Scorer]}: {s.Signature}").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            summary.Generations, summary.Failed, a.ReferenceLanguage, a.UnknownScores);
        var languageIndex = a.Languages.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var shown = examples.OrderBy(g => languageIndex.GetValueOrDefault(g.Language, int.MaxValue)).ThenBy(g => g.Task, StringComparer.Ordinal)
            .ThenBy(g => g.Model, StringComparer.Ordinal).ThenBy(g => g.SampleId, StringComparer.Ordinal).ThenBy(g => g.SampleIndex)
            .Select(g => new ReportExample(g.Task, g.Language, g.SampleId, g.Model, LastUserContent(g.PromptJson), g.Text ?? $"(failed: {g.FailureReason})")).ToList();
        var referenceTests = a.ReferenceComparisons.Select(r => new ReportReferenceTest(r.Task, label[r.Scorer.Identity.Key], r.Scorer.Identity.Key, r.Model, r.Language,
            r.ReferenceLanguage, r.Pairs, r.Clusters, r.Gap, r.Lower, r.Upper, PairedTests.Name(r.Test), r.PValue, r.PAdjusted, r.PAdjusted < 0.05)).ToList();
        var items = a.Groups.GroupBy(g => g.Language, StringComparer.Ordinal)
            .ToDictionary(l => l.Key, l => l.GroupBy(g => g.Task, StringComparer.Ordinal).Sum(t => t.Max(g => g.Prompts)), StringComparer.Ordinal);
        transparency = transparency with
        {
            Languages = [.. transparency.Languages.Select(l => l with { Items = items.GetValueOrDefault(l.Code) })],
            Tasks = TaskCards.Of(runs, a.Tasks),
            JudgeInstructionLanguage = judges.Count > 0 ? "English" : null,
        };
        var coverage = CoverageCalculator.Compute(a.Languages, scorers, cells, options.Thresholds);
        return new RunReport([.. runs.Select(r => r.RunId)], scorers, cells, gaps, comparisons, winRates, transparency, shown)
        {
            Pairwise = pairwise,
            ReferenceTests = referenceTests,
            Coverage = coverage,
        };
    }

    private static string IntervalName(IntervalMethod method) => method switch
    {
        IntervalMethod.Wilson => "wilson",
        IntervalMethod.StudentT => "t",
        _ => "none",
    };

    private static string CorrectionName(Statistics.PValueCorrection correction) => correction switch
    {
        Statistics.PValueCorrection.Holm => "Holm",
        Statistics.PValueCorrection.BenjaminiHochberg => "Benjamini–Hochberg",
        Statistics.PValueCorrection.Bonferroni => "Bonferroni",
        _ => "uncorrected",
    };

    private static ReportLanguage Language(string code, ReportOptions options)
    {
        var info = LanguageTag.TryParse(code, out var tag) ? tag.Info : null;
        var declared = options.SuiteLanguages?.FirstOrDefault(l => LanguageTag.TryParse(l.Code, out var t) && t.ToString() == code);
        return new ReportLanguage(code, info?.EnglishName ?? code, declared?.ResourceClass ?? (info?.ResourceClass is { } rc ? (int)rc : null), declared?.PromptOrigin);
    }

    private static string LastUserContent(string promptJson)
    {
        using var doc = JsonDocument.Parse(promptJson);
        return doc.RootElement.EnumerateArray().LastOrDefault(m => m.GetProperty("role").GetString() == "user") is { ValueKind: JsonValueKind.Object } m
            ? m.GetProperty("content").GetString() ?? ""
            : "";
    }
}
