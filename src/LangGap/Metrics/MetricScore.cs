namespace LangGap.Metrics;

/// <summary>A metric score on sacrebleu's 0–100 scale, with the signature that says how it was made.</summary>
/// <param name="Metric">The metric's name as sacrebleu prints it (<c>BLEU</c>, <c>chrF2</c>, <c>chrF2++</c>, <c>TER</c>).</param>
/// <param name="Score">The score, 0–100 (TER may exceed 100).</param>
/// <param name="Signature">The reproducibility signature, e.g. <c>nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:0.1.0</c>.</param>
/// <param name="Detail">The extra text sacrebleu prints after the score (BLEU's precisions, brevity penalty and lengths), or null.</param>
public sealed record MetricScore(string Metric, double Score, string Signature, string? Detail = null);
