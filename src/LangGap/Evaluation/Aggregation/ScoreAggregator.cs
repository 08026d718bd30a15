using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Storage;

namespace LangGap.Evaluation.Aggregation;

/// <summary>Aggregates a run's scores per task × scorer × model × language (× any sample metadata fields): means with intervals, gaps, paired tests, win rates.</summary>
/// <remarks>
/// <para>Rows stream from SQLite into one group each (a hash lookup per row, never a scan of every row per group), so a
/// million-score run aggregates in seconds. What a score is — its kind, range, direction, precision and corpus hook — is
/// read from the run's scorers table; scores of a scorer the store does not describe are counted in
/// <see cref="ScoreAggregation.UnknownScores"/> and left out.</para>
/// <para>The prompt is the unit: with k generations per prompt, intervals are over prompt means and paired tests
/// resample or permute whole prompts. Unscored verdicts are counted, never averaged as 0. The same store and options
/// always give the same result.</para>
/// </remarks>
public static class ScoreAggregator
{
    /// <summary>Reads <paramref name="store"/> and aggregates it.</summary>
    /// <exception cref="ArgumentException">The options are invalid; every problem is listed.</exception>
    /// <exception cref="InvalidInputException">The reference language has no scores in the run, or the store's scorer rows cannot be read.</exception>
    public static async Task<ScoreAggregation> AggregateAsync(RunStore store, AggregationOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= new AggregationOptions();
        Validate(options);
        var runs = await store.ReadRunsAsync(cancellationToken).ConfigureAwait(false);
        var scorers = (await store.ReadScorersAsync(cancellationToken).ConfigureAwait(false)).Select(ScorerDefinition.FromRecord).ToList();
        var accumulator = new ScoreAccumulator(scorers, options);
        await foreach (var row in store.StreamScoresAsync(options.GroupBy, cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(row);
        }
        await foreach (var row in store.StreamPairwiseAsync(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(row);
        }
        var seen = await store.ReadGenerationSummaryAsync(cancellationToken).ConfigureAwait(false);
        return accumulator.Finish(runs, seen.Models, seen.Languages);
    }

    /// <summary>Aggregates the given rows (the store's rows in memory; for tests and callers that already hold them).</summary>
    /// <param name="runs">The runs (their configurations order tasks and models).</param>
    /// <param name="scorers">The scorers recorded with the run.</param>
    /// <param name="scores">Scores of successful generations joined with them.</param>
    /// <param name="pairwise">Pairwise verdicts joined with their generations.</param>
    /// <param name="models">Every model with a generation.</param>
    /// <param name="languages">Every language with a generation.</param>
    /// <param name="options">How to aggregate.</param>
    public static ScoreAggregation Aggregate(IReadOnlyList<RunMetadata> runs, IEnumerable<ScorerDefinition> scorers, IEnumerable<ScoreRow> scores,
        IEnumerable<PairwiseRow> pairwise, IEnumerable<string> models, IEnumerable<string> languages, AggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(scorers);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(pairwise);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var accumulator = new ScoreAccumulator(scorers, options);
        foreach (var row in scores)
        {
            accumulator.Add(row);
        }
        foreach (var row in pairwise)
        {
            accumulator.Add(row);
        }
        return accumulator.Finish(runs, models, languages);
    }

    /// <summary>The reference language of gaps: the explicit choice, else English when the run has it, else none.</summary>
    /// <exception cref="InvalidInputException">An explicit reference language has no generation in the run.</exception>
    public static string? ReferenceLanguageOf(AggregationOptions options, IReadOnlyCollection<string> languages)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(languages);
        switch (options.ReferenceLanguage)
        {
            case null:
                return languages.Contains("en") ? "en" : null;
            case AggregationOptions.NoReference:
                return null;
            case var code:
                var tag = LanguageTag.TryParse(code, out var parsed) ? parsed.ToString() : code;
                return languages.Contains(tag)
                    ? tag
                    : throw new InvalidInputException($"Reference language '{code}' has no generation in this run; its languages are {string.Join(", ", languages)} (or use '{AggregationOptions.NoReference}').");
        }
    }

    private static void Validate(AggregationOptions options)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid aggregation options: " + string.Join(" ", problems), nameof(options));
        }
    }
}
