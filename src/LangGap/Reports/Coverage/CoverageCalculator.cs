using LangGap.Languages;

namespace LangGap.Reports.Coverage;

/// <summary>Computes a report's coverage from the languages with results and the registry's speaker data (<see cref="SpeakerCounts"/>).</summary>
internal static class CoverageCalculator
{
    public static ReportCoverage Compute(IReadOnlyList<string> languages, IReadOnlyList<ReportScorer> scorers, IReadOnlyList<ReportCell> cells,
        IReadOnlyList<CoverageThreshold> thresholds)
    {
        var world = SpeakerCounts.WorldPopulationMillions;
        var speakers = languages.Select(Speakers).ToList();
        var evaluated = Share(languages, world, world);
        var byClass = new List<ReportClassCoverage>();
        // The class's whole: every language with data, a member counted under its macrolanguage when that has a row.
        var all = SpeakerCounts.All.Where(r => r.Language.Macrolanguage is not { } m || SpeakerCounts.Find(m) is null).ToList();
        var evaluatedTags = languages.Select(l => LanguageTag.TryParse(l, out var t) ? t : null).OfType<LanguageTag>().ToList();
        foreach (var rc in all.Select(r => ClassOf(r.Language)).Concat(evaluatedTags.Select(ClassOf)).Distinct().OrderByDescending(c => c ?? -1))
        {
            var members = all.Where(r => ClassOf(r.Language) == rc).ToList();
            var l1 = members.Sum(r => r.FirstLanguageMillions ?? 0);
            var total = members.Sum(r => r.TotalMillions ?? 0);
            var mine = languages.Where(l => LanguageTag.TryParse(l, out var t) && ClassOf(t) == rc).ToList();
            byClass.Add(new ReportClassCoverage(rc, members.Count, l1, total, Share(mine, l1, total)));
        }
        var label = scorers.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var meeting = new List<ReportThresholdCoverage>();
        foreach (var measure in cells.Where(c => c.Mean is not null).GroupBy(c => (c.Task, c.ScorerKey, c.Model)))
        {
            var scorer = label[measure.Key.ScorerKey];
            foreach (var threshold in CoverageThreshold.For(thresholds, measure.Key.Task, scorer))
            {
                var met = measure.Where(c => threshold.IsMetBy(c.Mean!.Value, scorer)).Select(c => c.Language).ToList();
                meeting.Add(new ReportThresholdCoverage(measure.Key.Task, scorer.Label, scorer.Key, measure.Key.Model, threshold.Value, measure.Count(), Share(met, world, world)));
            }
        }
        var used = speakers.SelectMany(s => new[] { s.FirstLanguageSource, s.TotalSource }).Append(SpeakerCounts.WorldPopulationSource).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var sources = SpeakerCounts.Sources.Where(s => used.Contains(s.Key)).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        return new ReportCoverage(world, speakers, evaluated, byClass, meeting, sources);
    }

    /// <summary>The speakers of <paramref name="codes"/> as shares of <paramref name="l1Whole"/> and <paramref name="totalWhole"/> (millions).</summary>
    public static ReportSpeakerShare Share(IReadOnlyList<string> codes, double l1Whole, double totalWhole)
    {
        var tags = codes.Select(c => LanguageTag.TryParse(c, out var t) ? t.LanguageOnly : null).OfType<LanguageTag>().Distinct().ToList();
        // A member whose macrolanguage is in the set is already counted there.
        var counted = tags.Where(t => t.Macrolanguage is not { } m || !tags.Contains(m)).ToList();
        var rows = counted.Select(SpeakerCounts.Find).OfType<SpeakerCount>().ToList();
        var l1 = rows.Where(r => r.FirstLanguageMillions is not null).ToList();
        var total = rows.Where(r => r.TotalMillions is not null).ToList();
        var l1Sum = l1.Sum(r => r.FirstLanguageMillions!.Value);
        var totalSum = total.Sum(r => r.TotalMillions!.Value);
        return new ReportSpeakerShare(counted.Count, [.. counted.Select(t => t.ToString())], l1.Count, l1Sum, l1Whole > 0 ? l1Sum / l1Whole : 0,
            total.Count, totalSum, totalWhole > 0 ? totalSum / totalWhole : 0);
    }

    private static ReportSpeakers Speakers(string code)
    {
        var tag = LanguageTag.TryParse(code, out var t) ? t : null;
        var row = tag is null ? null : SpeakerCounts.Find(tag);
        return new ReportSpeakers(code, tag?.Info.EnglishName ?? code, tag is null ? null : ClassOf(tag),
            row?.FirstLanguageMillions, row?.FirstLanguageSource, row?.TotalMillions, row?.TotalSource);
    }

    private static int? ClassOf(LanguageTag tag) => tag.Info.ResourceClass is { } rc ? (int)rc : null;
}
