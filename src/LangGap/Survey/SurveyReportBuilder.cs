using LangGap.Languages;
using LangGap.Statistics;
using LangGap.Survey.Agreement;
using LangGap.Survey.Annotation;
using LangGap.Survey.Ingest;

namespace LangGap.Survey;

/// <summary>Summarises a selection into a <see cref="SurveyReport"/>.</summary>
public static class SurveyReportBuilder
{
    /// <summary>The report of <paramref name="selection"/>; <paramref name="subtopicSource"/> says who chose subtopics.</summary>
    public static SurveyReport Build(SurveySelection selection, SurveyOptions options, string subtopicSource, AgreementReport? agreement)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(options);
        var inRange = selection.Corpus.Papers.Where(p => options.InRange(p.Year)).ToList();
        var years = inRange.Select(p => p.Year).Distinct().Order()
            .Select(y => Year(y, inRange.Where(p => p.Year == y).ToList(), selection.Selected.Where(s => s.Paper.Year == y).ToList()))
            .ToList();
        var total = Year(0, inRange, selection.Selected);
        var english = total.Groups[(int)LanguageGroup.EnglishOnly];
        var count = selection.Selected.Count;
        var settings = new SurveySettings(
            selection.Corpus.Sources, options.FirstYear, options.LastYear, options.Rule.Text, options.Exclusions.Count, subtopicSource,
            options.Seed, options.Resamples, DatasetTable.Instance.Entries.Count, LangGapVersion.Current);
        var languages = selection.Selected.SelectMany(s => s.Annotation.Languages).GroupBy(l => l, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(options.TopLanguages)
            .Select(g => new SurveyCount(g.Key, LanguageName(g.Key), g.Count(), Share(g.Count(), count))).ToList();
        var venueTypes = Enum.GetValues<VenueType>()
            .Select(t => (t, n: selection.Selected.Count(s => s.Paper.VenueType == t)))
            .Where(x => x.n > 0)
            .Select(x => new SurveyCount(VenueTypeNames.Name(x.t), VenueTypeNames.Name(x.t), x.n, Share(x.n, count))).ToList();
        var workshops = selection.Selected.Where(s => s.Paper.VenueType == VenueType.Workshop).GroupBy(s => s.Paper.Venue, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SurveyCount(g.Key, g.First().Paper.VenueTitle, g.Count(), Share(g.Count(), count))).ToList();
        var matrix = SurveyLabels.Subtopics
            .Select(t => (IReadOnlyList<int>)SurveyLabels.Groups.Select(g => selection.Selected.Count(s => s.Annotation.Subtopic == t && s.Annotation.Group == g)).ToArray())
            .ToList();
        return new SurveyReport(
            settings, selection.Corpus.Files, selection.Corpus.Papers.Count, selection.InRange, selection.WithoutAbstract.Count,
            selection.Excluded.Count, years, total, english == 0 ? null : ProportionInterval.Wilson(total.EnglishOnlyNotNamed, english),
            languages, venueTypes, workshops, matrix, agreement, selection.Selected);
    }

    private static SurveyYear Year(int year, IReadOnlyList<SurveyPaper> papers, IReadOnlyList<SelectedPaper> selected) =>
        new(year, papers.Count, papers.Count(p => p.Abstract is null), selected.Count,
            SurveyLabels.Groups.Select(g => selected.Count(s => s.Annotation.Group == g)).ToArray(),
            selected.Count(s => s.Annotation.Group == LanguageGroup.EnglishOnly && !s.Annotation.LanguageNamed));

    private static double Share(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;

    private static string LanguageName(string code) => LanguageRegistry.TryGet(code, out var info) ? info.EnglishName : code;
}
