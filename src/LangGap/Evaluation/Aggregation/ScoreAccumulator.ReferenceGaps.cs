using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Statistics;
using LangGap.Statistics.Paired;

namespace LangGap.Evaluation.Aggregation;

/// <summary>Paired tests of every language against the reference language, per model.</summary>
internal sealed partial class ScoreAccumulator
{
    private List<ReferenceComparison> ReferenceComparisons(List<KeyValuePair<GroupKey, GroupData>> ordered, string? reference, Dictionary<string, int> languageIndex)
    {
        var result = new List<ReferenceComparison>();
        if (reference is null)
        {
            return result;
        }
        // One family per task, scorer, model and metadata values: its tests over languages are corrected together.
        foreach (var family in ordered.GroupBy(g => (g.Key.Task, g.Key.Scorer, g.Key.Model, g.Key.Metadata)))
        {
            var scorer = _scorers[family.Key.Scorer];
            var anchor = family.FirstOrDefault(g => g.Key.Language == reference);
            if (anchor.Value is null)
            {
                continue;
            }
            var referenceItems = ByItem(anchor.Value, reference);
            var tests = new List<ReferenceComparison>();
            foreach (var (key, data) in family.Where(g => g.Key.Language != reference).OrderBy(g => languageIndex[g.Key.Language]))
            {
                var pairs = new List<(string Item, int Index, double Value, double Reference)>();
                foreach (var ((item, index), value) in ByItem(data, key.Language))
                {
                    if (referenceItems.TryGetValue((item, index), out var other))
                    {
                        pairs.Add((item, index, value, other));
                    }
                }
                if (pairs.Select(p => p.Item).Distinct(StringComparer.Ordinal).Take(2).Count() < 2)
                {
                    continue;
                }
                pairs.Sort((x, y) => string.CompareOrdinal(x.Item, y.Item) is var c && c != 0 ? c : x.Index.CompareTo(y.Index));
                // A = the language, B = the reference, both oriented so that A − B > 0 means "better than the reference".
                var sign = scorer.Descriptor.Direction == ScoreDirection.HigherIsBetter ? 1.0 : -1.0;
                var clustered = pairs.Any(p => p.Index > 0);
                var scores = new PairedScores([.. pairs.Select(p => p.Value)], [.. pairs.Select(p => p.Reference)], clustered ? [.. pairs.Select(p => p.Item)] : null);
                var (test, bootstrap, p) = PairedTests.Run(scorer.Descriptor, scores, _options.Resamples, _options.Seed, _options.Confidence);
                var (lower, upper) = sign > 0 ? (bootstrap.Lower, bootstrap.Upper) : (-bootstrap.Upper, -bootstrap.Lower);
                tests.Add(new ReferenceComparison(key.Task, scorer, key.Model, data.Metadata, key.Language, reference, bootstrap.Pairs, bootstrap.Clusters,
                    sign * bootstrap.Difference, lower, upper, test, p, p));
            }
            var adjusted = MultipleComparisons.Adjust([.. tests.Select(c => c.PValue)], _options.Correction);
            result.AddRange(tests.Select((c, k) => c with { PAdjusted = adjusted[k] }));
        }
        return result;
    }

    /// <summary>A group's values keyed by item: the sample id with the language's code (tag, ISO 639-3, or FLORES-200 code's language part, as a whole id segment) replaced by <c>*</c>.</summary>
    private static Dictionary<(string Item, int Index), double> ByItem(GroupData data, string language)
    {
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { language };
        if (LanguageTag.TryParse(language, out var tag))
        {
            codes.Add(tag.Language);
            codes.Add(tag.Iso639_3);
            codes.Add(tag.ToFlores().Split('_')[0]);
        }
        var items = new Dictionary<(string, int), double>();
        foreach (var ((sample, index), value) in data.Values)
        {
            items.TryAdd((ItemOf(sample, codes), index), value);
        }
        return items;
    }

    private static string ItemOf(string sampleId, HashSet<string> codes)
    {
        var parts = System.Text.RegularExpressions.Regex.Split(sampleId, "([-_./:|])");
        for (var i = 0; i < parts.Length; i += 2)
        {
            if (codes.Contains(parts[i]))
            {
                parts[i] = "*";
            }
        }
        return string.Concat(parts);
    }
}
