using LangGap.Statistics;
using LangGap.Statistics.Paired;
using LangGap.Statistics.Preference;

namespace LangGap.Reports;

/// <summary>Paired tests per language and judge win rates between every pair of models.</summary>
internal static class ReportComparisons
{
    public static List<ReportComparison> Paired(List<ReportRow> rows, List<(string Task, string Scorer)> measures, List<string> models, List<string> languages, ReportOptions options)
    {
        var result = new List<ReportComparison>();
        foreach (var (task, scorer) in measures)
        {
            var family = new List<ReportComparison>();
            foreach (var language in languages)
            {
                for (var i = 0; i < models.Count; i++)
                {
                    for (var j = i + 1; j < models.Count; j++)
                    {
                        var pairs = Pair(rows, task, scorer, language, models[i], models[j]);
                        // A bootstrap over one prompt has no variation to measure: such a language gets no test.
                        if (pairs.Select(p => p.SampleId).Distinct(StringComparer.Ordinal).Count() < 2)
                        {
                            continue;
                        }
                        var clustered = pairs.Any(p => p.Index > 0);
                        var scores = new PairedScores([.. pairs.Select(p => p.A)], [.. pairs.Select(p => p.B)], clustered ? [.. pairs.Select(p => p.SampleId)] : null);
                        var test = PairedBootstrapTest.Run(scores, options.Resamples, options.Seed);
                        family.Add(new ReportComparison(task, scorer, language, models[i], models[j], test.Pairs, test.Clusters, test.Difference, test.Lower, test.Upper, test.PValue, test.PValue));
                    }
                }
            }
            var adjusted = MultipleComparisons.Adjust([.. family.Select(c => c.PValue)], options.Correction);
            result.AddRange(family.Select((c, k) => c with { PAdjusted = adjusted[k] }));
        }
        return result;
    }

    public static List<ReportWinRate> WinRates(List<ReportRow> rows, List<(string Task, string Scorer)> measures, List<string> models, ReportOptions options)
    {
        var result = new List<ReportWinRate>();
        foreach (var (task, scorer) in measures.Where(m => m.Scorer.StartsWith("judge", StringComparison.Ordinal)))
        {
            for (var i = 0; i < models.Count; i++)
            {
                for (var j = i + 1; j < models.Count; j++)
                {
                    var pairs = Pair(rows, task, scorer, null, models[i], models[j]);
                    if (pairs.Count == 0)
                    {
                        continue;
                    }
                    var verdicts = pairs.Select(p => p.A > p.B ? Verdict.A : p.A < p.B ? Verdict.B : Verdict.Tie).ToArray();
                    var w = Statistics.Preference.WinRates.Compute(verdicts, [.. pairs.Select(p => p.SampleId)], options.Resamples, options.Seed);
                    result.Add(new ReportWinRate(task, scorer, models[i], models[j], w.Judgements, w.WinRateA, w.WinRateB, w.TieRate, w.Delta, w.Lower, w.Upper));
                }
            }
        }
        return result;
    }

    private static List<(string SampleId, int Index, double A, double B)> Pair(List<ReportRow> rows, string task, string scorer, string? language, string a, string b)
    {
        var selected = rows.Where(r => r.Task == task && r.Scorer == scorer && r.Value is not null && (language is null || r.Language == language)).ToList();
        var bScores = selected.Where(r => r.Model == b).ToDictionary(r => (r.SampleId, r.SampleIndex), r => r.Value!.Value);
        return [.. selected.Where(r => r.Model == a)
            .OrderBy(r => r.SampleId, StringComparer.Ordinal).ThenBy(r => r.SampleIndex)
            .Where(r => bScores.ContainsKey((r.SampleId, r.SampleIndex)))
            .Select(r => (r.SampleId, r.SampleIndex, r.Value!.Value, bScores[(r.SampleId, r.SampleIndex)]))];
    }
}
