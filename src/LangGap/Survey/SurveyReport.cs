using LangGap.Statistics;
using LangGap.Survey.Agreement;

namespace LangGap.Survey;

/// <summary>Everything <c>langgap survey</c> reports: trends by group, languages, documentation, venues, subtopics, agreement.</summary>
/// <param name="Settings">How the report was made.</param>
/// <param name="Files">Files read.</param>
/// <param name="PapersRead">Papers read.</param>
/// <param name="PapersInRange">Papers in the year range.</param>
/// <param name="WithoutAbstract">Papers in range without an abstract.</param>
/// <param name="Excluded">Selected papers removed by the exclusion list.</param>
/// <param name="Years">Per-year counts and group shares.</param>
/// <param name="Total">All years together (Year = 0).</param>
/// <param name="NotNamedInterval">Wilson 95% interval of the overall share of English-only papers not naming the language, or null.</param>
/// <param name="TopLanguages">Languages by number of selected papers studying them.</param>
/// <param name="VenueTypes">Selected papers by venue type.</param>
/// <param name="Workshops">Selected workshop papers by workshop.</param>
/// <param name="SubtopicByGroup">Rows: subtopics in order; columns: groups in order.</param>
/// <param name="Agreement">Agreement with human labels, when labels were given.</param>
/// <param name="Selected">The selected papers with their annotations.</param>
public sealed record SurveyReport(
    SurveySettings Settings,
    int Files,
    int PapersRead,
    int PapersInRange,
    int WithoutAbstract,
    int Excluded,
    IReadOnlyList<SurveyYear> Years,
    SurveyYear Total,
    ConfidenceInterval? NotNamedInterval,
    IReadOnlyList<SurveyCount> TopLanguages,
    IReadOnlyList<SurveyCount> VenueTypes,
    IReadOnlyList<SurveyCount> Workshops,
    IReadOnlyList<IReadOnlyList<int>> SubtopicByGroup,
    AgreementReport? Agreement,
    IReadOnlyList<SelectedPaper> Selected);
