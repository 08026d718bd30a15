namespace LangGap.Metrics.Significance;

/// <summary>The results of a paired test for one metric: the baseline's row first, then every other system's.</summary>
/// <param name="Metric">The metric's name (<c>BLEU</c>, <c>chrF2</c>, <c>TER</c>).</param>
/// <param name="Signature">The metric's signature with the test's fields, e.g. <c>nrefs:1|bs:1000|seed:12345|case:mixed|…</c>.</param>
/// <param name="Rows">One row per system, in input order.</param>
public sealed record PairedMetricResult(string Metric, string Signature, IReadOnlyList<PairedSystemResult> Rows);
