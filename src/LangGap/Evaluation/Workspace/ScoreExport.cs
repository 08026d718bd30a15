using System.Text.Encodings.Web;
using System.Text.Json;
using LangGap.Storage;

namespace LangGap.Evaluation.Workspace;

/// <summary>Writes one model's per-sample scores of one scorer from a run store as JSONL in the form
/// <c>langgap significance</c> reads: <c>{"id", "score", "cluster", …}</c> a line.</summary>
/// <remarks>
/// <para>The id is <c>TASK/SAMPLE</c>, with <c>#K</c> appended when the run drew several samples per prompt; the cluster
/// is <c>TASK/SAMPLE</c>, so <c>significance --cluster cluster</c> resamples prompts. Two models of one run export the same
/// ids, so their files pair line for line. Task, language, sample id, sample index, model and scorer are written too.</para>
/// <para>Only scored rows are written: an unscored sample (no reference, a failed judge) has no value, and is counted in
/// <see cref="ScoreExportResult.Unscored"/> instead.</para>
/// </remarks>
public static class ScoreExport
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the scores of <paramref name="model"/> by <paramref name="scorer"/> (in <paramref name="task"/>
    /// only, when given) to <paramref name="writer"/>.</summary>
    /// <exception cref="InvalidInputException">The run has no such model, scorer or task (the message lists those it has), or no scores for them.</exception>
    public static async Task<ScoreExportResult> WriteAsync(
        RunStore store, string scorer, string model, string? task, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(scorer);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentNullException.ThrowIfNull(writer);
        var generations = await store.ReadGenerationsAsync(cancellationToken).ConfigureAwait(false);
        var scores = await store.ReadScoresAsync(cancellationToken).ConfigureAwait(false);
        var byKey = generations.ToDictionary(g => g.Key, StringComparer.Ordinal);
        Require("--model", model, generations.Select(g => g.Model), store.Path);
        // A scorer is named by its identity key (name@settings-hash) or, when only one setting of it is in the run, by its name.
        var keys = scores.Select(s => s.Scorer).Distinct(StringComparer.Ordinal).ToList();
        if (!keys.Contains(scorer, StringComparer.Ordinal))
        {
            var named = keys.Where(k => Scoring.ScorerIdentity.NameOf(k) == scorer).ToList();
            if (named.Count > 1)
            {
                throw new InvalidInputException($"{store.Path}: scorer '{scorer}' was run with {named.Count} settings ({string.Join(", ", named)}); give --scorer one of those keys.");
            }
            if (named.Count == 1)
            {
                scorer = named[0];
            }
        }
        Require("--scorer", scorer, scores.Select(s => s.Scorer), store.Path);
        if (task is not null)
        {
            Require("--task", task, generations.Select(g => g.Task), store.Path);
        }
        var several = generations.Any(g => g.SampleIndex > 0);
        var rows = scores
            .Where(s => s.Scorer == scorer && byKey.TryGetValue(s.GenerationKey, out var g) && g.Model == model && (task is null || g.Task == task))
            .Select(s => (Score: s, Generation: byKey[s.GenerationKey]))
            .OrderBy(r => r.Generation.Task, StringComparer.Ordinal)
            .ThenBy(r => r.Generation.SampleId, StringComparer.Ordinal)
            .ThenBy(r => r.Generation.SampleIndex)
            .ToList();
        if (rows.Count == 0)
        {
            throw new InvalidInputException($"{store.Path}: model '{model}' has no '{scorer}' scores{(task is null ? "" : $" in task '{task}'")}.");
        }
        var written = 0;
        foreach (var (score, generation) in rows.Where(r => r.Score.Value is not null))
        {
            var cluster = $"{generation.Task}/{generation.SampleId}";
            var line = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = several ? $"{cluster}#{generation.SampleIndex}" : cluster,
                ["score"] = score.Value,
                ["cluster"] = cluster,
                ["task"] = generation.Task,
                ["language"] = generation.Language,
                ["sample_id"] = generation.SampleId,
                ["sample_index"] = generation.SampleIndex,
                ["model"] = generation.Model,
                ["scorer"] = Scoring.ScorerIdentity.NameOf(score.Scorer),
            }, Json);
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
            written++;
        }
        return new ScoreExportResult(written, rows.Count - written);
    }

    private static void Require(string option, string value, IEnumerable<string> known, string path)
    {
        var names = known.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!names.Contains(value, StringComparer.Ordinal))
        {
            throw new InvalidInputException($"{option} '{value}' is not in {path}; it has: {string.Join(", ", names)}.");
        }
    }
}
