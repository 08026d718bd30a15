using LangGap.Evaluation.Scoring;

namespace LangGap.Evaluation.Aggregation;

/// <summary>A paired test of two models on one language for one task's scorer (and metadata values).</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The scorer as stored with the run.</param>
/// <param name="Language">The language tag.</param>
/// <param name="Metadata">The group-by values (empty without grouping).</param>
/// <param name="ModelA">The first model.</param>
/// <param name="ModelB">The second model.</param>
/// <param name="Pairs">Generations scored for both models.</param>
/// <param name="Clusters">Prompts (the unit of the test).</param>
/// <param name="Difference">Mean A − mean B.</param>
/// <param name="Lower">Lower end of the prompt-bootstrap interval of the difference.</param>
/// <param name="Upper">Upper end of that interval.</param>
/// <param name="Test">The test that gave the p-value.</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="PAdjusted">The p-value adjusted over all languages and model pairs of the scorer.</param>
public sealed record PairedComparison(string Task, ScorerDefinition Scorer, string Language, IReadOnlyList<string?> Metadata, string ModelA, string ModelB,
    int Pairs, int Clusters, double Difference, double? Lower, double? Upper, PairedTestKind Test, double PValue, double PAdjusted);
