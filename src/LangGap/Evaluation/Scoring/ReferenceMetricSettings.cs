namespace LangGap.Evaluation.Scoring;

/// <summary>The settings of a reference metric as stored in score details, enough to rebuild the metric for corpus scores.</summary>
internal sealed record ReferenceMetricSettings(string Metric, int? CharOrder, int? WordOrder, int? Beta, bool Lowercase, bool? Whitespace, string? Tokenize);
