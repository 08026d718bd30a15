using LangGap.Evaluation.Scoring;
using LangGap.Statistics.Preference;

namespace LangGap.Reports;

/// <summary>Win rates per language from stored pairwise-judge verdicts, clustered by prompt.</summary>
internal static class ReportPairwiseRates
{
    public static bool IsPairwise(string scorer) => scorer.StartsWith(PairwiseScorer.NamePrefix + "|", StringComparison.Ordinal);

    public static List<ReportPairwise> Compute(List<ReportRow> rows, List<string> models, List<string> languages, ReportOptions options)
    {
        var verdicts = rows.Where(r => IsPairwise(r.Scorer)).Select(r => (Row: r, Judge: Field(r, "judge"), Baseline: Field(r, "baseline"))).ToList();
        var result = new List<ReportPairwise>();
        var groups = verdicts.GroupBy(v => (v.Row.Task, v.Judge, v.Row.Language, v.Baseline, v.Row.Model))
            .OrderBy(g => g.Key.Task, StringComparer.Ordinal).ThenBy(g => g.Key.Judge, StringComparer.Ordinal)
            .ThenBy(g => languages.IndexOf(g.Key.Language)).ThenBy(g => models.IndexOf(g.Key.Model));
        foreach (var g in groups)
        {
            var scored = g.Where(v => v.Row.Value is not null).OrderBy(v => v.Row.SampleId, StringComparer.Ordinal).ThenBy(v => v.Row.SampleIndex)
                .ThenBy(v => v.Row.Scorer, StringComparer.Ordinal).ToList();
            var unscored = g.Count() - scored.Count;
            if (scored.Count == 0)
            {
                result.Add(new ReportPairwise(g.Key.Task, g.Key.Judge, g.Key.Language, g.Key.Baseline, g.Key.Model, 0, 0, unscored,
                    null, null, null, null, null, null, null));
                continue;
            }
            var list = scored.Select(v => v.Row.Value switch { 1 => Verdict.A, 0 => Verdict.B, _ => Verdict.Tie }).ToArray();
            var w = WinRates.Compute(list, [.. scored.Select(v => v.Row.SampleId)], options.Resamples, options.Seed);
            result.Add(new ReportPairwise(g.Key.Task, g.Key.Judge, g.Key.Language, g.Key.Baseline, g.Key.Model, w.Judgements, w.Prompts, unscored,
                w.WinRateA, w.WinRateB, w.TieRate, w.Delta, w.Lower, w.Upper, w.PValue));
        }
        return result;
    }

    private static string Field(ReportRow row, string name) =>
        row.DetailsJson is not null && CorpusScores.Field(row.DetailsJson, name) is { } value ? value : "?";
}
