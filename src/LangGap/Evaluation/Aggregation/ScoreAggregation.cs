using LangGap.Evaluation.Scoring;

namespace LangGap.Evaluation.Aggregation;

/// <summary>Everything aggregated from a run's scores: per-group estimates, gaps, paired tests, judge win rates.</summary>
/// <param name="Scorers">Every scorer recorded with the run, by identity key.</param>
/// <param name="Tasks">Tasks in the order the run configuration lists them.</param>
/// <param name="Models">Models in the order the run configuration lists them.</param>
/// <param name="Languages">Languages in report order (the suite's order, else English first, then alphabetical).</param>
/// <param name="ReferenceLanguage">The reference language of gaps, or <see langword="null"/>.</param>
/// <param name="Groups">Per task × scorer × model × language (× metadata) estimates, in task, scorer, model, language order.</param>
/// <param name="Gaps">Per task × scorer × model (× metadata) language gaps.</param>
/// <param name="Comparisons">Paired tests per language for every pair of models, corrected per task and scorer.</param>
/// <param name="WinRates">Win rates from pointwise judge ratings for every pair of models.</param>
/// <param name="Pairwise">Pairwise-judge win rates per task, judge, language and model against the baseline.</param>
/// <param name="UnknownScores">Scores whose scorer the run store does not describe (written by LangGap before 0.2), left out.</param>
public sealed record ScoreAggregation(
    IReadOnlyDictionary<string, ScorerDefinition> Scorers,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<string> Models,
    IReadOnlyList<string> Languages,
    string? ReferenceLanguage,
    IReadOnlyList<ScoreGroup> Groups,
    IReadOnlyList<LanguageGap> Gaps,
    IReadOnlyList<PairedComparison> Comparisons,
    IReadOnlyList<JudgeWinRate> WinRates,
    IReadOnlyList<PairwiseRate> Pairwise,
    long UnknownScores)
{
    /// <summary>Paired tests of every language against <see cref="ReferenceLanguage"/>, per task, scorer and model (empty without a reference).</summary>
    public IReadOnlyList<ReferenceComparison> ReferenceComparisons { get; init; } = [];
}
