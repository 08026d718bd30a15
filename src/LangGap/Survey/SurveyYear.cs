using LangGap.Survey.Annotation;

namespace LangGap.Survey;

/// <summary>One year of the survey: how many papers, and how the selected ones split by group.</summary>
/// <param name="Year">The year.</param>
/// <param name="Papers">Papers of that year in the corpus.</param>
/// <param name="WithoutAbstract">Of those, papers without an abstract.</param>
/// <param name="Selected">Papers selected (after exclusions).</param>
/// <param name="Groups">Selected papers per group, in <see cref="SurveyLabels.Groups"/> order.</param>
/// <param name="EnglishOnlyNotNamed">English-only papers that never name English.</param>
public sealed record SurveyYear(int Year, int Papers, int WithoutAbstract, int Selected, IReadOnlyList<int> Groups, int EnglishOnlyNotNamed)
{
    /// <summary>The share of selected papers in <paramref name="group"/> (NaN when none were selected).</summary>
    public double Share(LanguageGroup group) => Selected == 0 ? double.NaN : (double)Groups[(int)group] / Selected;

    /// <summary>The share of English-only papers that do not name the language (NaN when there are none).</summary>
    public double NotNamedShare => Groups[(int)LanguageGroup.EnglishOnly] == 0 ? double.NaN : (double)EnglishOnlyNotNamed / Groups[(int)LanguageGroup.EnglishOnly];
}
