using LangGap.Evaluation.Scoring;
using LangGap.Models;
using LangGap.Storage;

namespace LangGap.Evaluation;

/// <summary>Runs tasks on models: bounded concurrency, k samples per prompt, seeds, progress, resume from the run store.</summary>
/// <remarks>
/// <para>Every generation has a key (<see cref="ChatRequestKey"/> of model, rendered prompt, options with seed, sample
/// index). Keys already in the store are skipped — successful ones always, failed ones unless
/// <see cref="RunOptions.RetryFailed"/> — and scores missing for stored generations are filled in, so a run killed at
/// any moment resumes on rerun with nothing lost or duplicated.</para>
/// <para>A score is keyed by generation key and <see cref="ScorerIdentity"/> (scorer name and a hash of its settings),
/// and every scorer's descriptor and settings are recorded in the store's scorers table before scoring starts. So a
/// rerun with changed scorer settings scores again under the new identity (the old scores stay, never reused for the
/// new settings), and an unchanged rerun finds every score stored and computes nothing.</para>
/// <para>A generation that fails after the client's retries is stored as a failed row with its reason and is not
/// scored. When more than <see cref="RunOptions.MaxFailureFraction"/> of the session's generations have failed
/// (after <see cref="RunOptions.MinimumBeforeStop"/>), the run stops and the summary says why.</para>
/// </remarks>
public sealed class EvaluationRunner
{
    private readonly TimeProvider _time;

    /// <summary>Creates a runner that reads time from <paramref name="timeProvider"/> (the system clock by default).</summary>
    public EvaluationRunner(TimeProvider? timeProvider = null) => _time = timeProvider ?? TimeProvider.System;

    /// <summary>Runs <paramref name="run"/>, writing to <paramref name="store"/> and reporting to <paramref name="progress"/>.</summary>
    /// <exception cref="ArgumentException">The run's options are invalid or it has no task or model; every problem is listed.</exception>
    /// <exception cref="InvalidInputException">A dataset or prompt template is invalid.</exception>
    public async Task<RunSummary> RunAsync(EvaluationRun run, RunStore store, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(store);
        Validate(run);
        MultipleChoicePlan.CheckModels(run);
        var started = _time.GetTimestamp();
        var (items, samples) = await PlanAsync(run, cancellationToken).ConfigureAwait(false);
        var config = RunConfiguration.Describe(run, samples);
        var runId = run.RunId ?? RunConfiguration.RunIdOf(config);
        await store.AddRunAsync(new RunMetadata(runId, _time.GetUtcNow(), config, RunConfiguration.Versions(), run.Options.Seed), cancellationToken)
            .ConfigureAwait(false);
        var scorers = run.Tasks.ToDictionary(t => t, t => t.Scorers.Select(s => (Scorer: s, Key: ScorerIdentity.Of(s).Key)).ToArray());
        await store.AddScorersAsync(run.Tasks.SelectMany(t => t.Scorers).Select(s => ScorerDefinition.Of(s).ToRecord(_time.GetUtcNow())), cancellationToken)
            .ConfigureAwait(false);
        var existing = (await store.ReadGenerationsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(g => g.Key, StringComparer.Ordinal);
        if (run.Options.RetryFailed)
        {
            var failedScores = (await store.ReadScoresAsync(cancellationToken).ConfigureAwait(false))
                .Where(s => s.Value is null && ScoringFailure.Is(s.UnscoredReason)).Select(s => (s.GenerationKey, s.Scorer)).ToList();
            await store.DeleteUnscoredAsync(failedScores, cancellationToken).ConfigureAwait(false);
        }
        var scored = await store.ReadScoreKeysAsync(cancellationToken).ConfigureAwait(false);

        var session = new RunSession(runId, items.Count, run.Options, _time, started, progress);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using (var writer = await store.CreateWriterAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = run.Options.MaxConcurrency, CancellationToken = stop.Token };
            try
            {
                await Parallel.ForEachAsync(items, parallel, async (item, token) =>
                {
                    if (existing.TryGetValue(item.Key, out var stored) && (stored.Status == GenerationStatus.Ok || !run.Options.RetryFailed))
                    {
                        if (stored.Status == GenerationStatus.Ok)
                        {
                            await ScoreAsync(item, scorers[item.Task], stored.Text ?? "", scored, writer, session, token).ConfigureAwait(false);
                        }
                        session.Skip();
                        return;
                    }
                    var generation = await GenerateAsync(item, runId, token).ConfigureAwait(false);
                    await writer.AddAsync(generation, token).ConfigureAwait(false);
                    if (session.Complete(generation) is not null)
                    {
                        stop.Cancel();
                    }
                    if (generation.Status == GenerationStatus.Ok)
                    {
                        await ScoreAsync(item, scorers[item.Task], generation.Text!, scored, writer, session, token).ConfigureAwait(false);
                    }
                }).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (session.StopReason is not null && !cancellationToken.IsCancellationRequested)
            {
                // The failure fraction was exceeded: everything finished so far is stored; report the stop below.
            }
        }
        if (session.StopReason is null)
        {
            // Pairwise verdicts need both generations of a prompt, so they are asked once generation is done.
            await PairwiseRunner.JudgeAsync(run, items, store, _time, cancellationToken).ConfigureAwait(false);
        }
        return session.Finish();
    }

    /// <summary>The configuration JSON <see cref="RunAsync"/> stores for <paramref name="run"/> (tasks with a fingerprint of
    /// their samples, models with their identity, options, suite): two runs with equal configurations make the same
    /// generations and scores.</summary>
    /// <exception cref="ArgumentException">The run is invalid.</exception>
    /// <exception cref="InvalidInputException">A dataset or prompt template is invalid.</exception>
    public static async Task<string> DescribeAsync(EvaluationRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        Validate(run);
        var (_, samples) = await PlanAsync(run, cancellationToken).ConfigureAwait(false);
        return RunConfiguration.Describe(run, samples);
    }

    private static void Validate(EvaluationRun run)
    {
        var problems = new List<string>(run.Options.Validate());
        if (run.Tasks.Count == 0) problems.Add("The run has no task.");
        if (run.Models.Count == 0) problems.Add("The run has no model.");
        problems.AddRange(run.Tasks.GroupBy(t => t.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"Task name '{g.Key}' is used twice."));
        problems.AddRange(run.Models.GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"Model id '{g.Key}' is used twice."));
        problems.AddRange(run.Models.GroupBy(m => m.Identity, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Models {string.Join(" and ", g.Select(m => $"'{m.Id}'"))} are the same model ({g.Key}); give it once."));
        problems.AddRange(run.Tasks.SelectMany(t => t.Scorers.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Task '{t.Name}' has two scorers named '{g.Key}'.")));
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid run: " + string.Join(" ", problems), nameof(run));
        }
    }

    private static async Task<(List<WorkItem> Items, Dictionary<string, string> Samples)> PlanAsync(EvaluationRun run, CancellationToken cancellationToken)
    {
        var items = new List<WorkItem>();
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var task in run.Tasks)
        {
            var samples = await task.Dataset.LoadAsync(cancellationToken).ConfigureAwait(false);
            var duplicate = samples.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new InvalidInputException($"Dataset {task.Dataset.Description} has two samples with id '{duplicate.Key}'; sample ids must be unique.");
            }
            var rendered = new List<(Sample, string)>();
            foreach (var sample in run.Options.Limit is { } limit ? samples.Take(limit) : samples)
            {
                if (task.MultipleChoice is { } choice)
                {
                    rendered.Add((sample, MultipleChoicePlan.Add(items, task, choice, sample, run.Models)));
                    continue;
                }
                var messages = task.Prompt.Render(sample);
                var promptJson = RunConfiguration.PromptJson(messages);
                rendered.Add((sample, promptJson));
                for (var k = 0; k < run.Options.SamplesPerPrompt; k++)
                {
                    var seed = RunConfiguration.SeedOf(run.Options.Seed, task.Name, sample.Id, k);
                    foreach (var model in run.Models)
                    {
                        var options = task.Generation.Over(model.Defaults).ToChatOptions(seed, k);
                        var key = ChatRequestKey.Compute(model.Identity, messages, options);
                        items.Add(new WorkItem(task, sample, model, k, messages, promptJson, options, key));
                    }
                }
            }
            fingerprints[task.Name] = RunConfiguration.SamplesHash(rendered);
        }
        return (items, fingerprints);
    }

    private async Task<GenerationRecord> GenerateAsync(WorkItem item, string runId, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        string? text = null, failure = null, finish = null;
        IReadOnlyDictionary<string, string>? produced = null;
        long? input = null, output = null;
        int attempts;
        try
        {
            if (item.Choices is { } choices)
            {
                var scores = await item.Model.LogLikelihood!.ScoreAsync(choices, cancellationToken).ConfigureAwait(false);
                text = new ChoiceLogLikelihoods([.. scores.Select(s => s.LogProb)], [.. scores.Select(s => s.TokenCount)]).ToJson();
                input = scores.Sum(s => (long)s.TokenCount);
                return Record(item, runId, text, input, null, started, 1, null, "loglikelihood", null);
            }
            var response = await item.Model.Client.GetResponseAsync(item.Messages, item.Options, cancellationToken).ConfigureAwait(false);
            text = response.Text;
            finish = response.FinishReason?.Value;
            input = response.Usage?.InputTokenCount;
            output = response.Usage?.OutputTokenCount;
            attempts = response.AdditionalProperties?.TryGetValue(ChatOptionKeys.Attempts, out var a) == true && a is int n ? n : 1;
            produced = response.AdditionalProperties?.TryGetValue(ChatOptionKeys.GenerationMetadata, out var m) == true
                ? m as IReadOnlyDictionary<string, string> : null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            failure = e is ModelCallException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            attempts = (e as ModelCallException)?.Attempts ?? 1;
        }
        return Record(item, runId, text, input, output, started, attempts, failure, finish, produced);
    }

    private GenerationRecord Record(WorkItem item, string runId, string? text, long? input, long? output, long started, int attempts, string? failure, string? finish,
        IReadOnlyDictionary<string, string>? produced) =>
        new(item.Key, runId, item.Task.Name, item.Sample.Id, item.Sample.Language.ToString(), item.SampleIndex, item.Model.Id, item.Options.Seed,
            item.PromptJson, text, input, output, _time.GetElapsedTime(started).TotalMilliseconds, attempts,
            failure is null ? GenerationStatus.Ok : GenerationStatus.Failed, failure, finish, _time.GetUtcNow())
        {
            MetadataJson = MetadataJson(item.Sample.Metadata, produced),
        };

    // The sample's metadata, then what the client reported about the generation (a reasoning model's thinking, say).
    private static string? MetadataJson(IReadOnlyDictionary<string, string> sample, IReadOnlyDictionary<string, string>? produced)
    {
        if (sample.Count == 0 && (produced is null || produced.Count == 0))
        {
            return null;
        }
        var merged = new Dictionary<string, string>(sample, StringComparer.Ordinal);
        foreach (var (key, value) in produced ?? new Dictionary<string, string>())
        {
            merged[key] = value;
        }
        return System.Text.Json.JsonSerializer.Serialize(merged);
    }

    private async Task ScoreAsync(WorkItem item, (IScorer Scorer, string Key)[] scorers, string text, HashSet<(string, string)> scored, RunStoreWriter writer,
        RunSession session, CancellationToken cancellationToken)
    {
        foreach (var (scorer, key) in scorers)
        {
            if (scored.Contains((item.Key, key)))
            {
                continue;
            }
            Score score;
            try
            {
                score = await scorer.ScoreAsync(new ScoringInput(item.Sample, item.Model.Id, text), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                score = Score.Unscored(ScoringFailure.Reason(scorer.Name, e));
            }
            var record = new ScoreRecord(item.Key, key, score.Value, score.UnscoredReason, ScoreDetails.Serialize(score.Details), _time.GetUtcNow())
            {
                Statistics = score.Statistics,
                Signature = score.Signature,
            };
            await writer.AddAsync(record, cancellationToken).ConfigureAwait(false);
            session.Scored();
        }
    }
}
