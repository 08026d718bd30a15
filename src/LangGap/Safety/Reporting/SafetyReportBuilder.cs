using System.Text.Json;
using LangGap.Evaluation.Scoring;
using LangGap.Safety.Scoring;
using LangGap.Statistics;
using LangGap.Storage;

namespace LangGap.Safety.Reporting;

/// <summary>Builds the safety report of a run from its stored generations and scores.</summary>
/// <remarks>
/// A generation is a red-team generation when a safety scorer (<c>refusal</c>, <c>profanity</c>, <c>harm-judge</c>)
/// scored it; its categories, global/local label and cross-language item come from that score's details. Language
/// fidelity on those generations is tabulated too. Rates are k/n of scored generations with Wilson 95% intervals;
/// unscored generations are counted apart, never as 0. "Worst", gaps and comparisons follow each scorer's direction.
/// </remarks>
public static partial class SafetyReportBuilder
{
    /// <summary>The fidelity scorer's name, tabulated on red-team generations.</summary>
    public const string FidelityScorer = "language-fidelity";

    /// <summary>The descriptor of each tabulated scorer.</summary>
    public static IReadOnlyDictionary<string, ScoreDescriptor> Descriptors { get; } = new Dictionary<string, ScoreDescriptor>(StringComparer.Ordinal)
    {
        [HarmJudgeScorer.ScorerName] = ScoreDescriptor.BadRate,
        [RefusalScorer.ScorerName] = new(ScoreKind.Binary, 0, 1, ScoreDirection.HigherIsBetter, "rate", 3),
        [ProfanityScorer.ScorerName] = ScoreDescriptor.BadRate,
        [FidelityScorer] = ScoreDescriptor.PassRate,
    };

    private static readonly string[] ScorerOrder = [HarmJudgeScorer.ScorerName, RefusalScorer.ScorerName, ProfanityScorer.ScorerName, FidelityScorer];

    /// <summary>The safety report of the run in <paramref name="store"/>, or null when no safety scorer scored anything.</summary>
    public static async Task<SafetyReport?> BuildAsync(RunStore store, SafetyReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var generations = await store.ReadGenerationsAsync(cancellationToken).ConfigureAwait(false);
        var scores = await store.ReadScoresAsync(cancellationToken).ConfigureAwait(false);
        var runs = await store.ReadRunsAsync(cancellationToken).ConfigureAwait(false);
        return Build(generations, scores, options, [.. runs.OrderBy(r => r.StartedUtc).SelectMany(r => ModelsOf(r.ConfigJson)).Distinct(StringComparer.Ordinal)]);
    }

    // The run configuration lists models in the order the user gave them; the first is the baseline of comparisons.
    private static IEnumerable<string> ModelsOf(string configJson)
    {
        try
        {
            using var document = JsonDocument.Parse(configJson);
            return document.RootElement.TryGetProperty("models", out var models) && models.ValueKind == JsonValueKind.Array
                ? [.. models.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.Object && m.TryGetProperty("id", out var id) ? id.GetString() : null).OfType<string>()]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The safety report of these generations and scores, or null when no safety scorer scored anything.</summary>
    /// <param name="generations">The run's generations.</param>
    /// <param name="scores">The run's scores.</param>
    /// <param name="options">Report settings.</param>
    /// <param name="modelOrder">Model ids in the order the run named them (the first is the baseline); models not listed follow in order of their first generation.</param>
    public static SafetyReport? Build(IReadOnlyList<GenerationRecord> generations, IReadOnlyList<ScoreRecord> scores, SafetyReportOptions options, IReadOnlyList<string>? modelOrder = null)
    {
        ArgumentNullException.ThrowIfNull(generations);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(options);
        // Score rows carry the scorer's identity key (name@settings-hash); the safety report groups by name.
        scores = [.. scores.Select(s => s with { Scorer = ScorerIdentity.NameOf(s.Scorer) })];
        var byKey = generations.Where(g => g.Status == GenerationStatus.Ok).GroupBy(g => g.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var contexts = new Dictionary<string, SafetyScoreDetails>(StringComparer.Ordinal);
        foreach (var s in scores.Where(s => SafetyScorers.IsSafetyScorer(s.Scorer) && byKey.ContainsKey(s.GenerationKey)))
        {
            contexts.TryAdd(s.GenerationKey, SafetyScoreDetails.Parse(s.DetailsJson));
        }
        if (contexts.Count == 0)
        {
            return null;
        }
        var observations = scores
            .Where(s => Descriptors.ContainsKey(s.Scorer) && contexts.ContainsKey(s.GenerationKey))
            .Select(s => new SafetyObservation(byKey[s.GenerationKey], s.Scorer, s.Value, s.UnscoredReason,
                SafetyScorers.IsSafetyScorer(s.Scorer) ? SafetyScoreDetails.Parse(s.DetailsJson) : contexts[s.GenerationKey]))
            .ToList();
        var present = generations.OrderBy(g => g.CreatedUtc).Select(g => g.Model).Distinct(StringComparer.Ordinal).ToList();
        var models = (modelOrder ?? []).Where(present.Contains).Concat(present).Distinct(StringComparer.Ordinal).ToList();
        var scorers = ScorerOrder.Where(n => observations.Any(o => o.Scorer == n)).ToList();
        var hasJudge = scorers.Contains(HarmJudgeScorer.ScorerName);
        var cells = Cells(observations, models, scorers);
        var notes = new List<string>();
        if (!hasJudge)
        {
            notes.Add("harm needs --judge: refusal and profanity are lexicon signals and fidelity is language ID; give --judge MODEL for a harmful rate.");
        }
        var (agreement, corrected, labelNotes) = options.Labels is { } labels
            ? Agree(observations, labels, options)
            : ([], [], []);
        notes.AddRange(labelNotes);
        if (options.Labels is not null && !hasJudge)
        {
            notes.Add("--labels needs harm-judge scores to check; the run has none.");
        }
        return new SafetyReport(
            options.SuiteName,
            models,
            scorers.ToDictionary(s => s, s => Descriptors[s].Direction == ScoreDirection.LowerIsBetter ? "lower is better" : "higher is better", StringComparer.Ordinal),
            options.Reference,
            CorrectionName(options.Correction),
            cells,
            Worst(cells, models, scorers),
            Gaps(observations, models, scorers, options),
            Comparisons(observations, models, scorers, options),
            TradeOff(generations, scores, observations, models, options, byKey, contexts),
            agreement,
            corrected,
            Examples(observations, models, options.ExamplesPerLanguage),
            notes);
    }

    /// <summary>The heading name of a correction.</summary>
    public static string CorrectionName(PValueCorrection correction) => correction switch
    {
        PValueCorrection.Holm => "Holm",
        PValueCorrection.BenjaminiHochberg => "Benjamini–Hochberg",
        PValueCorrection.Bonferroni => "Bonferroni",
        _ => "uncorrected",
    };

    private static List<SafetyCell> Cells(List<SafetyObservation> observations, List<string> models, List<string> scorers)
    {
        var cells = new List<SafetyCell>();
        var languages = observations.Select(o => o.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Prepend(SafetyReport.All).ToList();
        var categories = observations.SelectMany(o => o.Context.HarmCategory).Distinct(StringComparer.Ordinal)
            .OrderBy(c => HarmCategories.All.ToList().IndexOf(c) is var i && i < 0 ? int.MaxValue : i).ThenBy(c => c, StringComparer.Ordinal).Prepend(SafetyReport.All).ToList();
        string[] scopes = [SafetyReport.All, "global", "local"];
        foreach (var model in models)
        {
            foreach (var scorer in scorers)
            {
                var mine = observations.Where(o => o.Model == model && o.Scorer == scorer).ToList();
                foreach (var language in languages)
                {
                    var inLanguage = language == SafetyReport.All ? mine : mine.Where(o => o.Language == language).ToList();
                    foreach (var category in categories)
                    {
                        var inCategory = category == SafetyReport.All ? inLanguage : inLanguage.Where(o => o.Context.HarmCategory.Contains(category)).ToList();
                        foreach (var scope in scopes)
                        {
                            var group = scope == SafetyReport.All ? inCategory : inCategory.Where(o => o.Context.GlobalOrLocal == scope).ToList();
                            if (group.Count > 0)
                            {
                                cells.Add(Cell(model, scorer, language, category, scope, group));
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static SafetyCell Cell(string model, string scorer, string language, string category, string scope, List<SafetyObservation> group)
    {
        var scored = group.Where(o => o.Value is not null).ToList();
        var k = scored.Count(o => o.Positive);
        var n = scored.Count;
        var interval = n > 0 ? ProportionInterval.Wilson(k, n) : null;
        return new SafetyCell(model, scorer, language, category, scope, k, n, group.Count - n, n > 0 ? (double)k / n : null, interval?.Lower, interval?.Upper);
    }

    private static List<SafetyWorst> Worst(List<SafetyCell> cells, List<string> models, List<string> scorers)
    {
        var worst = new List<SafetyWorst>();
        foreach (var model in models)
        {
            foreach (var scorer in scorers)
            {
                var descriptor = Descriptors[scorer];
                var perLanguage = cells.Where(c => c.Model == model && c.Scorer == scorer && c.Language != SafetyReport.All
                    && c.Category == SafetyReport.All && c.Scope == SafetyReport.All && c.Rate is not null).ToList();
                if (perLanguage.Count == 0)
                {
                    continue;
                }
                var pick = perLanguage.Aggregate((a, b) => descriptor.IsBetter(a.Rate!.Value, b.Rate!.Value) ? b : a);
                var tied = perLanguage.Where(c => c.Rate == pick.Rate).ToList();
                worst.Add(new SafetyWorst(model, scorer, descriptor.Direction == ScoreDirection.LowerIsBetter ? "lower is better" : "higher is better",
                    [.. tied.Select(c => c.Language)], pick.Rate!.Value, tied.Sum(c => c.N)));
            }
        }
        return worst;
    }

    private static List<SafetyExample> Examples(List<SafetyObservation> observations, List<string> models, int perLanguage)
    {
        var examples = new List<SafetyExample>();
        foreach (var group in observations.GroupBy(o => (o.Model, o.Language)).OrderBy(g => models.IndexOf(g.Key.Model)).ThenBy(g => g.Key.Language, StringComparer.Ordinal))
        {
            var generations = group.GroupBy(o => o.Generation.Key)
                .Select(g => (Generation: g.First().Generation, Flags: g.OrderBy(o => Array.IndexOf(ScorerOrder, o.Scorer)).ToList()))
                .OrderByDescending(g => g.Flags.Any(o => o.Positive && Descriptors[o.Scorer].Direction == ScoreDirection.LowerIsBetter))
                .ThenBy(g => g.Generation.SampleId, StringComparer.Ordinal)
                .Take(perLanguage);
            foreach (var (generation, flags) in generations)
            {
                examples.Add(new SafetyExample(generation.Model, generation.Language, generation.SampleId, PromptText(generation.PromptJson), generation.Text ?? "",
                    string.Join(' ', flags.Select(o => $"{o.Scorer}={(o.Value is { } v ? v.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : "unscored")}"))));
            }
        }
        return examples;
    }

    /// <summary>The last user message of a stored rendered prompt.</summary>
    internal static string PromptText(string promptJson)
    {
        try
        {
            using var document = JsonDocument.Parse(promptJson);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().LastOrDefault(m => m.TryGetProperty("role", out var r) && r.GetString() == "user") is { ValueKind: JsonValueKind.Object } last
                    && last.TryGetProperty("content", out var c) ? c.GetString() ?? "" : ""
                : "";
        }
        catch (JsonException)
        {
            return promptJson;
        }
    }
}
