using LangGap.Survey.Ingest;

namespace LangGap.Survey;

/// <summary>The result of selecting and annotating a corpus, before it is summarised.</summary>
/// <param name="Corpus">The corpus read.</param>
/// <param name="InRange">Papers whose year is in the chosen range.</param>
/// <param name="WithoutAbstract">Papers in range that have no abstract (an abstract rule cannot select them; they are reported, not hidden).</param>
/// <param name="Excluded">Papers the rule selected that the exclusion list removed.</param>
/// <param name="Selected">Selected papers, annotated, ordered by year and id.</param>
public sealed record SurveySelection(
    PaperCorpus Corpus,
    int InRange,
    IReadOnlyList<SurveyPaper> WithoutAbstract,
    IReadOnlyList<SurveyPaper> Excluded,
    IReadOnlyList<SelectedPaper> Selected);
