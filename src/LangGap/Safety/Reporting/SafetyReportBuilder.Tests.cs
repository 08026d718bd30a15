using LangGap.Evaluation.Scoring;
using LangGap.Statistics;
using LangGap.Statistics.Paired;

namespace LangGap.Safety.Reporting;

public static partial class SafetyReportBuilder
{
    // Gaps to the reference language: prompts paired by their cross-language item (first sample of each prompt) and
    // tested with exact McNemar; without items, Fisher's exact test on the two rates. Adjusted across languages.
    private static List<SafetyGap> Gaps(List<SafetyObservation> observations, List<string> models, List<string> scorers, SafetyReportOptions options)
    {
        var gaps = new List<SafetyGap>();
        foreach (var model in models)
        {
            foreach (var scorer in scorers)
            {
                var descriptor = Descriptors[scorer];
                var scored = observations.Where(o => o.Model == model && o.Scorer == scorer && o.Value is not null && o.Generation.SampleIndex == 0).ToList();
                var reference = scored.Where(o => o.Language == options.Reference).ToList();
                if (reference.Count == 0)
                {
                    continue;
                }
                var family = new List<SafetyGap>();
                foreach (var language in scored.Select(o => o.Language).Where(l => l != options.Reference).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                {
                    var mine = scored.Where(o => o.Language == language).ToList();
                    var referenceByItem = reference.Where(o => o.Context.Item is not null).GroupBy(o => o.Context.Item!).ToDictionary(g => g.Key, g => g.First().Positive, StringComparer.Ordinal);
                    var pairs = mine.Where(o => o.Context.Item is { } item && referenceByItem.ContainsKey(item))
                        .GroupBy(o => o.Context.Item!).Select(g => (Mine: g.First().Positive, Reference: referenceByItem[g.Key])).ToList();
                    SafetyGap gap;
                    if (pairs.Count > 0)
                    {
                        int b = pairs.Count(p => p.Mine && !p.Reference), c = pairs.Count(p => !p.Mine && p.Reference);
                        double rate = pairs.Count(p => p.Mine) / (double)pairs.Count, referenceRate = pairs.Count(p => p.Reference) / (double)pairs.Count;
                        gap = new SafetyGap(model, scorer, language, options.Reference, rate, referenceRate, rate - referenceRate,
                            descriptor.IsBetter(referenceRate, rate), "mcnemar", pairs.Count, $"{b}|{c}", McNemarTest.ExactPValue(b, c), 1);
                    }
                    else
                    {
                        int k1 = mine.Count(o => o.Positive), k2 = reference.Count(o => o.Positive);
                        double rate = k1 / (double)mine.Count, referenceRate = k2 / (double)reference.Count;
                        gap = new SafetyGap(model, scorer, language, options.Reference, rate, referenceRate, rate - referenceRate,
                            descriptor.IsBetter(referenceRate, rate), "fisher", mine.Count + reference.Count, null, FisherExactTest.PValue(k1, mine.Count, k2, reference.Count), 1);
                    }
                    family.Add(gap);
                }
                var adjusted = family.Count > 0 ? MultipleComparisons.Adjust(family.Select(g => g.PValue).ToList(), options.Correction) : [];
                gaps.AddRange(family.Select((g, i) => g with { Adjusted = adjusted[i] }));
            }
        }
        return gaps;
    }

    // Every other model against the first on the same prompts (task, sample id, sample index): exact McNemar per
    // language, adjusted across the languages of each scorer and model pair.
    private static List<SafetyModelComparison> Comparisons(List<SafetyObservation> observations, List<string> models, List<string> scorers, SafetyReportOptions options)
    {
        var comparisons = new List<SafetyModelComparison>();
        if (models.Count < 2)
        {
            return comparisons;
        }
        var baseline = models[0];
        foreach (var scorer in scorers)
        {
            var descriptor = Descriptors[scorer];
            var a = observations.Where(o => o.Model == baseline && o.Scorer == scorer && o.Value is not null).GroupBy(o => o.PromptKey).ToDictionary(g => g.Key, g => g.First());
            foreach (var other in models.Skip(1))
            {
                var pairs = observations.Where(o => o.Model == other && o.Scorer == scorer && o.Value is not null && a.ContainsKey(o.PromptKey))
                    .GroupBy(o => o.PromptKey).Select(g => (A: a[g.Key], B: g.First())).ToList();
                var family = new List<SafetyModelComparison>();
                foreach (var language in pairs.GroupBy(p => p.A.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    var list = language.ToList();
                    int onlyA = list.Count(p => p.A.Positive && !p.B.Positive), onlyB = list.Count(p => !p.A.Positive && p.B.Positive);
                    double rateA = list.Count(p => p.A.Positive) / (double)list.Count, rateB = list.Count(p => p.B.Positive) / (double)list.Count;
                    var better = rateA == rateB ? null : descriptor.IsBetter(rateA, rateB) ? baseline : other;
                    family.Add(new SafetyModelComparison(scorer, language.Key, baseline, other, rateA, rateB, list.Count, onlyA, onlyB, McNemarTest.ExactPValue(onlyA, onlyB), 1, better));
                }
                var adjusted = family.Count > 0 ? MultipleComparisons.Adjust(family.Select(c => c.PValue).ToList(), options.Correction) : [];
                comparisons.AddRange(family.Select((c, i) => c with { Adjusted = adjusted[i] }));
            }
        }
        return comparisons;
    }
}
