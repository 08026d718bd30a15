namespace LangGap.Survey.Agreement;

/// <summary>How well the automatic annotator agrees with human labels.</summary>
/// <param name="LabelsRead">Labels in the file.</param>
/// <param name="Unmatched">Labels whose paper was not selected (or not in the corpus); not used.</param>
/// <param name="Rows">Per year, then <c>all</c>.</param>
/// <param name="GroupConfusion">Rows: human group; columns: automatic group (both in <see cref="Annotation.SurveyLabels.Groups"/> order).</param>
/// <param name="SubtopicConfusion">Rows: human subtopic; columns: automatic subtopic.</param>
/// <param name="Seed">Bootstrap seed.</param>
/// <param name="Resamples">Bootstrap resamples.</param>
public sealed record AgreementReport(
    int LabelsRead, int Unmatched, IReadOnlyList<AgreementRow> Rows, IReadOnlyList<IReadOnlyList<int>> GroupConfusion,
    IReadOnlyList<IReadOnlyList<int>> SubtopicConfusion, ulong Seed, int Resamples);
