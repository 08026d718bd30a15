namespace LangGap.Reports;

/// <summary>A paired test of two models on one language for one task's scorer.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The scorer name.</param>
/// <param name="Language">The language tag.</param>
/// <param name="ModelA">The first model.</param>
/// <param name="ModelB">The second model.</param>
/// <param name="Pairs">Samples scored for both models.</param>
/// <param name="Clusters">Prompts resampled (generations of one prompt stay together).</param>
/// <param name="Difference">Mean A − mean B.</param>
/// <param name="Lower">Lower end of the 95% bootstrap interval of the difference.</param>
/// <param name="Upper">Upper end of the 95% bootstrap interval of the difference.</param>
/// <param name="PValue">The paired bootstrap p-value.</param>
/// <param name="PAdjusted">The p-value adjusted over all languages and model pairs of the scorer.</param>
public sealed record ReportComparison(string Task, string Scorer, string Language, string ModelA, string ModelB, int Pairs, int Clusters,
    double Difference, double? Lower, double? Upper, double PValue, double PAdjusted);
