namespace LangGap.Survey.Agreement;

/// <summary>Agreement for one year, or all years.</summary>
/// <param name="Scope">The year, or <c>all</c>.</param>
/// <param name="Papers">Labelled papers in scope that were selected.</param>
/// <param name="GroupKappa">Cohen's κ of group.</param>
/// <param name="SubtopicKappa">Cohen's κ of subtopic.</param>
/// <param name="LanguageJaccard">Mean Jaccard similarity of the language sets (two empty sets count 1).</param>
/// <param name="NotNamedPrecision">Of the papers the annotator flags "not named", the share humans flag too.</param>
/// <param name="NotNamedRecall">Of the papers humans flag "not named", the share the annotator flags too.</param>
public sealed record AgreementRow(
    string Scope, int Papers, AgreementEstimate GroupKappa, AgreementEstimate SubtopicKappa, AgreementEstimate LanguageJaccard,
    AgreementEstimate NotNamedPrecision, AgreementEstimate NotNamedRecall);
