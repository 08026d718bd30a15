using LangGap.Statistics;
using LangGap.Statistics.Paired;
using LangGap.Statistics.Preference;

namespace LangGap.Evaluation.Aggregation;

/// <summary>Paired tests, judge win rates and pairwise-judge rates over the accumulated groups.</summary>
internal sealed partial class ScoreAccumulator
{
    private List<PairedComparison> Comparisons(List<KeyValuePair<GroupKey, GroupData>> ordered, List<string> models, Dictionary<string, int> languageIndex)
    {
        var result = new List<PairedComparison>();
        if (models.Count < 2)
        {
            return result;
        }
        // One family per task, scorer and metadata values: its tests over languages and model pairs are corrected together.
        foreach (var family in ordered.GroupBy(g => (g.Key.Task, g.Key.Scorer, g.Key.Metadata)))
        {
            var scorer = _scorers[family.Key.Scorer];
            var tests = new List<PairedComparison>();
            foreach (var language in family.Select(g => g.Key.Language).Distinct(StringComparer.Ordinal).OrderBy(l => languageIndex[l]))
            {
                for (var i = 0; i < models.Count; i++)
                {
                    for (var j = i + 1; j < models.Count; j++)
                    {
                        var key = new GroupKey(family.Key.Task, family.Key.Scorer, models[i], language, family.Key.Metadata);
                        if (!_groups.TryGetValue(key, out var a) || !_groups.TryGetValue(key.ForModel(models[j]), out var b))
                        {
                            continue;
                        }
                        var pairs = Pair(a, b);
                        // One prompt has no variation to test: such a language gets no test.
                        if (pairs.Select(p => p.Sample).Distinct(StringComparer.Ordinal).Take(2).Count() < 2)
                        {
                            continue;
                        }
                        var clustered = pairs.Any(p => p.Index > 0);
                        var scores = new PairedScores([.. pairs.Select(p => p.A)], [.. pairs.Select(p => p.B)], clustered ? [.. pairs.Select(p => p.Sample)] : null);
                        var (test, bootstrap, p) = PairedTests.Run(scorer.Descriptor, scores, _options.Resamples, _options.Seed, _options.Confidence);
                        tests.Add(new PairedComparison(family.Key.Task, scorer, language, a.Metadata, models[i], models[j], bootstrap.Pairs, bootstrap.Clusters,
                            bootstrap.Difference, bootstrap.Lower, bootstrap.Upper, test, p, p));
                    }
                }
            }
            var adjusted = MultipleComparisons.Adjust([.. tests.Select(c => c.PValue)], _options.Correction);
            result.AddRange(tests.Select((c, k) => c with { PAdjusted = adjusted[k] }));
        }
        return result;
    }

    private List<JudgeWinRate> WinRates(List<KeyValuePair<GroupKey, GroupData>> ordered, List<string> models)
    {
        var result = new List<JudgeWinRate>();
        if (models.Count < 2)
        {
            return result;
        }
        foreach (var measure in ordered.Where(g => _scorers[g.Key.Scorer].Judge is not null).GroupBy(g => (g.Key.Task, g.Key.Scorer)))
        {
            var scorer = _scorers[measure.Key.Scorer];
            for (var i = 0; i < models.Count; i++)
            {
                for (var j = i + 1; j < models.Count; j++)
                {
                    var pairs = new List<(string Sample, int Index, double A, double B)>();
                    foreach (var a in measure.Where(g => g.Key.Model == models[i]))
                    {
                        if (_groups.TryGetValue(a.Key.ForModel(models[j]), out var b))
                        {
                            pairs.AddRange(Pair(a.Value, b));
                        }
                    }
                    if (pairs.Count == 0)
                    {
                        continue;
                    }
                    pairs.Sort((x, y) => string.CompareOrdinal(x.Sample, y.Sample) is var c && c != 0 ? c : x.Index.CompareTo(y.Index));
                    var verdicts = pairs.Select(p => scorer.Descriptor.IsBetter(p.A, p.B) ? Verdict.A : scorer.Descriptor.IsBetter(p.B, p.A) ? Verdict.B : Verdict.Tie).ToArray();
                    var w = Statistics.Preference.WinRates.Compute(verdicts, [.. pairs.Select(p => p.Sample)], _options.Resamples, _options.Seed);
                    result.Add(new JudgeWinRate(measure.Key.Task, scorer, models[i], models[j], w.Judgements, w.WinRateA, w.WinRateB, w.TieRate, w.Delta, w.Lower, w.Upper));
                }
            }
        }
        return result;
    }

    private List<PairwiseRate> PairwiseRates(Dictionary<string, int> modelIndex, Dictionary<string, int> languageIndex, Dictionary<string, int> taskIndex)
    {
        var result = new List<PairwiseRate>();
        var groups = _pairwise.GroupBy(v => (v.Task, v.Judge, v.Language, v.Baseline, v.Model))
            .OrderBy(g => taskIndex[g.Key.Task]).ThenBy(g => g.Key.Judge, StringComparer.Ordinal)
            .ThenBy(g => languageIndex.GetValueOrDefault(g.Key.Language, int.MaxValue)).ThenBy(g => modelIndex.GetValueOrDefault(g.Key.Model, int.MaxValue));
        foreach (var g in groups)
        {
            var scored = g.Where(v => v.Verdict is not null).OrderBy(v => v.SampleId, StringComparer.Ordinal).ThenBy(v => v.SampleIndex)
                .ThenBy(v => v.Order, StringComparer.Ordinal).ToList();
            var unscored = g.Count() - scored.Count;
            if (scored.Count == 0)
            {
                result.Add(new PairwiseRate(g.Key.Task, g.Key.Judge, g.Key.Language, g.Key.Baseline, g.Key.Model, 0, 0, unscored,
                    null, null, null, null, null, null, null));
                continue;
            }
            var w = Statistics.Preference.WinRates.Compute([.. scored.Select(v => v.Verdict!.Value)], [.. scored.Select(v => v.SampleId)], _options.Resamples, _options.Seed);
            result.Add(new PairwiseRate(g.Key.Task, g.Key.Judge, g.Key.Language, g.Key.Baseline, g.Key.Model, w.Judgements, w.Prompts, unscored,
                w.WinRateA, w.WinRateB, w.TieRate, w.Delta, w.Lower, w.Upper, w.PValue));
        }
        return result;
    }

    /// <summary>Generations scored for both models, in (sample, index) order.</summary>
    private static List<(string Sample, int Index, double A, double B)> Pair(GroupData a, GroupData b)
    {
        var pairs = new List<(string Sample, int Index, double A, double B)>();
        foreach (var (key, value) in a.Values)
        {
            if (b.Values.TryGetValue(key, out var other))
            {
                pairs.Add((key.Sample, key.Index, value, other));
            }
        }
        pairs.Sort((x, y) => string.CompareOrdinal(x.Sample, y.Sample) is var c && c != 0 ? c : x.Index.CompareTo(y.Index));
        return pairs;
    }
}
