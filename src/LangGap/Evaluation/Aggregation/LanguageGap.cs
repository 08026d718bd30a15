using LangGap.Evaluation.Scoring;

namespace LangGap.Evaluation.Aggregation;

/// <summary>The language-gap summary of one model on one task's scorer (and metadata values); "best", "worst" and every gap follow the score's direction.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The scorer as stored with the run.</param>
/// <param name="Model">The model id.</param>
/// <param name="Metadata">The group-by values (empty without grouping).</param>
/// <param name="MacroAverage">The unweighted mean of the language means.</param>
/// <param name="WorstLanguage">The language with the worst mean (lowest when higher is better, highest when lower is better).</param>
/// <param name="WorstMean">Its mean.</param>
/// <param name="BestLanguage">The language with the best mean.</param>
/// <param name="BestMean">Its mean.</param>
/// <param name="MaxMinGap">|best mean − worst mean|.</param>
/// <param name="ReferenceLanguage">The language gaps are measured against, or <see langword="null"/> when there is none.</param>
/// <param name="GapToReference">Per language: how much better it is than the reference (negative: worse), in the score's unit.</param>
public sealed record LanguageGap(string Task, ScorerDefinition Scorer, string Model, IReadOnlyList<string?> Metadata, double MacroAverage,
    string WorstLanguage, double WorstMean, string BestLanguage, double BestMean, double MaxMinGap, string? ReferenceLanguage,
    IReadOnlyDictionary<string, double> GapToReference);
