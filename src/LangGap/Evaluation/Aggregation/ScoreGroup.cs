using LangGap.Evaluation.Scoring;

namespace LangGap.Evaluation.Aggregation;

/// <summary>One group's result: a model on a language (and metadata values) for one task's scorer.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The scorer (identity, descriptor, corpus hook) as stored with the run.</param>
/// <param name="Model">The model id.</param>
/// <param name="Language">The language tag.</param>
/// <param name="Metadata">The values of the <see cref="AggregationOptions.GroupBy"/> fields (empty without grouping; <see langword="null"/> where a sample lacks the field).</param>
/// <param name="Count">Scored generations.</param>
/// <param name="Unscored">Generations the scorer could not score (excluded from the mean, never counted as 0).</param>
/// <param name="Prompts">Prompts with at least one scored generation (the unit of the interval).</param>
/// <param name="Mean">The mean over scored generations, or <see langword="null"/> when none was scored.</param>
/// <param name="Lower">The lower end of the interval, or <see langword="null"/>.</param>
/// <param name="Upper">The upper end of the interval, or <see langword="null"/>.</param>
/// <param name="Interval">How the interval was made.</param>
/// <param name="CorpusScore">The corpus score from summed segment statistics (scorers with a corpus hook), else <see langword="null"/>.</param>
public sealed record ScoreGroup(string Task, ScorerDefinition Scorer, string Model, string Language, IReadOnlyList<string?> Metadata,
    int Count, int Unscored, int Prompts, double? Mean, double? Lower, double? Upper, IntervalMethod Interval, double? CorpusScore);
