using LangGap.Survey.Annotation;
using LangGap.Survey.Ingest;

namespace LangGap.Survey;

/// <summary>Selects, annotates and summarises a literature corpus: the pipeline behind <c>langgap survey</c>.</summary>
public static class SurveyAnalysis
{
    /// <summary>The papers in range that the rule selects and the exclusion list keeps, annotated by rules.</summary>
    public static SurveySelection Select(PaperCorpus corpus, SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        var inRange = corpus.Papers.Where(p => options.InRange(p.Year)).ToList();
        var matched = new (SurveyPaper Paper, IReadOnlyList<string>? Words)[inRange.Count];
        Parallel.For(0, inRange.Count, i => matched[i] = (inRange[i], options.Rule.Match(inRange[i].Title, inRange[i].Abstract)));
        var kept = matched.Where(m => m.Words is not null).ToList();
        var excluded = kept.Where(m => options.Exclusions.Contains(m.Paper.Id)).Select(m => m.Paper).ToList();
        var chosen = kept.Where(m => !options.Exclusions.Contains(m.Paper.Id))
            .OrderBy(m => m.Paper.Year).ThenBy(m => m.Paper.Id, StringComparer.Ordinal).ToList();
        var annotator = new PaperAnnotator();
        var selected = new SelectedPaper[chosen.Count];
        Parallel.For(0, chosen.Count, i => selected[i] = new SelectedPaper(chosen[i].Paper, chosen[i].Words!, annotator.Annotate(chosen[i].Paper)));
        return new SurveySelection(corpus, inRange.Count, [.. inRange.Where(p => p.Abstract is null)], excluded, selected);
    }

    /// <summary>Selects and annotates with rules, then builds the report (no agreement).</summary>
    public static SurveyReport Run(PaperCorpus corpus, SurveyOptions options) =>
        SurveyReportBuilder.Build(Select(corpus, options), options, "rules", agreement: null);
}
