using System.Globalization;
using System.Text.Json;
using LangGap.Languages;
using LangGap.Reasoning.Cot;
using LangGap.Statistics;
using LangGap.Statistics.Paired;
using LangGap.Storage;

namespace LangGap.Reasoning.Reports;

/// <summary>Builds a <see cref="ReasoningReport"/> from a run store written by <c>langgap reason</c>.</summary>
/// <remarks>Budgets come from each generation's stored <c>reasoning.budget</c>, correctness from the score of
/// <c>scorerKey</c> (1 correct, 0 wrong; unscored generations are counted apart, never as wrong). Pairs for McNemar match
/// a sample and sample index across budgets. The CoT analysis reads the stored thinking and the question of the prompt.</remarks>
public static class ReasoningReportBuilder
{
    /// <summary>Reads <paramref name="store"/> and builds the report of <paramref name="model"/>.</summary>
    public static async Task<ReasoningReport> BuildAsync(RunStore store, string model, string scorerKey, IReadOnlyDictionary<string, string> settings,
        PValueCorrection correction, CotAnalyzer analyzer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(analyzer);
        var generations = (await store.ReadGenerationsAsync(cancellationToken).ConfigureAwait(false))
            .Where(g => g.Model == model && g.Status == GenerationStatus.Ok).ToList();
        var scores = (await store.ReadScoresAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => s.Scorer == scorerKey).GroupBy(s => s.GenerationKey).ToDictionary(g => g.Key, g => g.Last().Value);
        var rows = generations.Select(g => Row.Of(g, scores.GetValueOrDefault(g.Key))).Where(r => r is not null).Select(r => r!).ToList();
        return Build(model, settings, rows, correction, analyzer);
    }

    private static ReasoningReport Build(string model, IReadOnlyDictionary<string, string> settings, List<Row> rows, PValueCorrection correction, CotAnalyzer analyzer)
    {
        var budgets = rows.Select(r => r.Budget).Distinct().Order().ToList();
        var languages = rows.Select(r => r.Language).Distinct(StringComparer.Ordinal).ToList();
        var cells = new List<BudgetCell>();
        foreach (var language in languages.Append(ReasoningReport.All))
        {
            foreach (var budget in budgets)
            {
                var group = rows.Where(r => r.Budget == budget && (language == ReasoningReport.All || r.Language == language)).ToList();
                if (group.Count == 0) continue;
                var scored = group.Where(r => r.Correct is not null).ToList();
                var correct = scored.Count(r => r.Correct == true);
                var ci = scored.Count == 0 ? new ConfidenceInterval(double.NaN, double.NaN, 0.95) : ProportionInterval.Wilson(correct, scored.Count);
                cells.Add(new BudgetCell(language, budget, scored.Count, correct, ci.Lower, ci.Upper, group.Average(r => r.ThinkingTokens),
                    group.Count(r => r.Truncated), group.Average(r => r.Extensions), group.Count - scored.Count));
            }
        }
        var tests = new List<(string Language, int From, int To, int Pairs, int Gained, int Lost, double P)>();
        foreach (var language in languages)
        {
            for (var i = 0; i + 1 < budgets.Count; i++)
            {
                var from = Outcomes(rows, language, budgets[i]);
                var to = Outcomes(rows, language, budgets[i + 1]);
                var pairs = from.Keys.Where(to.ContainsKey).ToList();
                var gained = pairs.Count(k => !from[k] && to[k]);
                var lost = pairs.Count(k => from[k] && !to[k]);
                tests.Add((language, budgets[i], budgets[i + 1], pairs.Count, gained, lost, McNemarTest.ExactPValue(gained, lost)));
            }
        }
        var adjusted = tests.Count == 0 ? [] : MultipleComparisons.Adjust([.. tests.Select(t => t.P)], correction);
        var comparisons = tests.Select((t, i) => new BudgetComparison(t.Language, t.From, t.To, t.Pairs, t.Gained, t.Lost, t.P, adjusted[i])).ToList();
        var cot = languages.Select(l => CotRow(l, rows.Where(r => r.Language == l), analyzer)).ToList();
        return new ReasoningReport(model, settings, budgets, languages, cells, comparisons, correction, cot);
    }

    private static Dictionary<(string, int), bool> Outcomes(List<Row> rows, string language, int budget) =>
        rows.Where(r => r.Language == language && r.Budget == budget && r.Correct is not null)
            .GroupBy(r => (r.SampleId, r.SampleIndex)).ToDictionary(g => g.Key, g => g.First().Correct!.Value);

    private static CotLanguageRow CotRow(string language, IEnumerable<Row> rows, CotAnalyzer analyzer)
    {
        var tag = LanguageTag.TryParse(language, out var t) ? t : LanguageTag.Parse("und");
        var analyses = rows.Where(r => r.Thinking.Any(char.IsLetter)).Select(r => analyzer.Analyze(r.Thinking, r.Question, tag)).ToList();
        return new CotLanguageRow(language, analyses.Count,
            analyses.Count(a => a.Dominant == a.QueryLanguage),
            analyses.Count(a => a.Dominant == "en"),
            analyses.Count == 0 ? double.NaN : analyses.Average(a => a.QueryLanguageShare),
            analyses.Sum(a => a.LinguisticSentences),
            analyses.Sum(a => a.CodeMixedSentences),
            analyses.Sum(a => a.Quotes.Count),
            analyses.Sum(a => a.PreciseQuotes),
            analyses.Count(a => a.Quotes.Count > 0));
    }

    private sealed record Row(string SampleId, int SampleIndex, string Language, int Budget, bool? Correct, int ThinkingTokens, bool Truncated, int Extensions,
        string Thinking, string Question)
    {
        public static Row? Of(GenerationRecord g, double? score)
        {
            if (g.MetadataJson is null) return null;
            var meta = JsonSerializer.Deserialize<Dictionary<string, string>>(g.MetadataJson);
            if (meta is null || !meta.TryGetValue("reasoning.budget", out var budget)) return null;
            var messages = JsonSerializer.Deserialize<List<Dictionary<string, string>>>(g.PromptJson) ?? [];
            var question = messages.LastOrDefault(m => m.GetValueOrDefault("role") == "user")?.GetValueOrDefault("content") ?? "";
            int Int(string key) => meta.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : 0;
            return new Row(g.SampleId, g.SampleIndex, g.Language, int.Parse(budget, CultureInfo.InvariantCulture), score is null ? null : score >= 0.5,
                Int("reasoning.thinking_tokens"), meta.GetValueOrDefault("reasoning.thinking_end") == "budget", Int("reasoning.extensions"),
                meta.GetValueOrDefault("reasoning.thinking") ?? "", question);
        }
    }
}
