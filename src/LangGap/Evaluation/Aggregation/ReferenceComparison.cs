using LangGap.Evaluation.Scoring;

namespace LangGap.Evaluation.Aggregation;

/// <summary>A paired test of one language against the reference language, for one model on one task's scorer (and metadata values).</summary>
/// <remarks>
/// Items are paired across languages by their sample id with the language code taken out (<c>qa-de-003</c> pairs with
/// <c>qa-en-003</c>; an id without the code pairs with the same id): parallel items, translated from one source. A
/// language with fewer than two such pairs has no test. The difference is in the score's unit, signed so that a
/// positive value means better than the reference (following the score's direction).
/// </remarks>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The scorer as stored with the run.</param>
/// <param name="Model">The model id.</param>
/// <param name="Metadata">The group-by values (empty without grouping).</param>
/// <param name="Language">The language compared.</param>
/// <param name="ReferenceLanguage">The reference language.</param>
/// <param name="Pairs">Generations paired.</param>
/// <param name="Clusters">Items paired (the unit of the test).</param>
/// <param name="Gap">Mean on the paired items of the language minus the reference's, signed so positive is better.</param>
/// <param name="Lower">Lower end of the prompt-bootstrap interval of <paramref name="Gap"/>.</param>
/// <param name="Upper">Upper end of that interval.</param>
/// <param name="Test">The test that gave the p-value.</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="PAdjusted">The p-value adjusted over the languages of this model, task and scorer.</param>
public sealed record ReferenceComparison(string Task, ScorerDefinition Scorer, string Model, IReadOnlyList<string?> Metadata, string Language,
    string ReferenceLanguage, int Pairs, int Clusters, double Gap, double? Lower, double? Upper, PairedTestKind Test, double PValue, double PAdjusted);
