using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Evaluation.Workspace;
using LangGap.Storage;

namespace LangGap.Synthesis.Candidates;

/// <summary>Draws and measures candidates through the <see cref="EvaluationRunner"/> and its run store, so synthesis
/// resumes exactly as evaluation does.</summary>
/// <remarks>
/// <para>Every draw is a generation of the runner, keyed by model identity, rendered prompt, options, seed and sample
/// index; every attribute is a scorer whose value is keyed by that generation and the scorer's identity. A run killed at
/// any point and started again with the same settings and folder asks no model again for what the store holds, and
/// a folder made with other settings is refused (<see cref="RunWorkspace"/>).</para>
/// <para>The candidates are read back from the store by this run's id, in prompt order, then model order, then sample
/// index. Failed draws are counted per prompt, never turned into candidates.</para>
/// </remarks>
public static class CandidateGenerator
{
    /// <summary>Draws the candidates of <paramref name="request"/> into the run folder <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidInputException">The folder holds a run made with other settings, or the prompts are invalid.</exception>
    public static async Task<CandidateBatch> GenerateAsync(
        CandidateRequest request, string folder, IProgress<RunProgress>? progress, CancellationToken cancellationToken, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var attributes = request.Attributes.ToArray();
        var task = new EvalTask(request.Name, new InMemoryDataset(request.Source, request.Prompts), request.Template, request.Generation,
            [.. attributes.Select(a => a.Value)]);
        var options = new RunOptions
        {
            SamplesPerPrompt = request.SamplesPerPrompt,
            Seed = request.Seed,
            MaxConcurrency = request.MaxConcurrency,
            MinimumBeforeStop = Math.Max(20, request.Models.Count * request.SamplesPerPrompt),
        };
        var run = new EvaluationRun([task], request.Models, options) { Judges = request.Judges };
        var workspace = RunWorkspace.At(folder, request.Name);
        await using var store = await workspace.OpenAsync(run, cancellationToken).ConfigureAwait(false);
        var summary = await new EvaluationRunner(timeProvider).RunAsync(run, store, progress, cancellationToken).ConfigureAwait(false);
        var keys = attributes.ToDictionary(a => ScorerIdentity.Of(a.Value).Key, a => a.Key, StringComparer.Ordinal);
        var generations = (await store.ReadGenerationsAsync(cancellationToken).ConfigureAwait(false))
            .Where(g => g.RunId == summary.RunId && g.Task == request.Name)
            .ToList();
        var scores = (await store.ReadScoresAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => keys.ContainsKey(s.Scorer))
            .GroupBy(s => s.GenerationKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var modelOrder = request.Models.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var bySample = generations.GroupBy(g => g.SampleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var sets = request.Prompts.Select(sample =>
        {
            var rows = bySample.TryGetValue(sample.Id, out var found) ? found : [];
            var candidates = rows
                .Where(g => g.Status == GenerationStatus.Ok && modelOrder.ContainsKey(g.Model))
                .OrderBy(g => modelOrder[g.Model]).ThenBy(g => g.SampleIndex)
                .Select(g => new Candidate(g.Model, g.SampleIndex, g.Seed, g.Text ?? "", g.Key, Attributes(g.Key, scores, keys)))
                .ToList();
            var failed = request.Models.Count * request.SamplesPerPrompt - candidates.Count;
            return new CandidateSet(sample, candidates, failed);
        }).ToList();
        return new CandidateBatch(sets, summary, workspace.Folder, generations.FirstOrDefault(g => g.Status == GenerationStatus.Failed)?.FailureReason);
    }

    private static Dictionary<string, AttributeValue> Attributes(string key, Dictionary<string, List<ScoreRecord>> scores, Dictionary<string, string> names)
    {
        var values = new Dictionary<string, AttributeValue>(StringComparer.OrdinalIgnoreCase);
        if (scores.TryGetValue(key, out var rows))
        {
            foreach (var row in rows)
            {
                values[names[row.Scorer]] = new AttributeValue(row.Value, row.UnscoredReason, row.DetailsJson);
            }
        }
        return values;
    }
}
