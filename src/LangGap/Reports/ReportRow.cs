namespace LangGap.Reports;

/// <summary>One score joined with its generation.</summary>
internal sealed record ReportRow(string Task, string Scorer, string Model, string Language, string SampleId, int SampleIndex, double? Value, string? DetailsJson);
