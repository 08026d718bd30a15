namespace LangGap.Reports;

/// <summary>A paired test of two models on one language for one task's scorer.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The scorer's label.</param>
/// <param name="ScorerKey">The scorer's identity key.</param>
/// <param name="Language">The language tag.</param>
/// <param name="ModelA">The first model.</param>
/// <param name="ModelB">The second model.</param>
/// <param name="Pairs">Generations scored for both models.</param>
/// <param name="Clusters">Prompts (the unit of the test).</param>
/// <param name="Difference">Mean A − mean B.</param>
/// <param name="Lower">Lower end of the 95% prompt-bootstrap interval of the difference.</param>
/// <param name="Upper">Upper end of that interval.</param>
/// <param name="Test">The test that gave the p-value: <c>exact McNemar</c> (binary), <c>exact sign-flip</c> (graded or ordinal, at most 20 prompts) or <c>paired bootstrap</c>.</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="PAdjusted">The p-value adjusted over all languages and model pairs of the scorer.</param>
public sealed record ReportComparison(string Task, string Scorer, string ScorerKey, string Language, string ModelA, string ModelB, int Pairs, int Clusters,
    double Difference, double? Lower, double? Upper, string Test, double PValue, double PAdjusted);
