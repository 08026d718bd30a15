using LangGap.Cli.Commands.Training;
using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Synthesis.Selection;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Resolution;
using LangGap.Torch.Training;
using LangGap.Torch.Training.Rewards;
using Microsoft.Extensions.AI;

namespace LangGap.Cli.Commands.Synthesis;

/// <summary>What <c>langgap steer</c> and <c>langgap prefs</c> read the same way: the prompt file, the models, a judge or
/// reward model, the objective, and where the run store goes.</summary>
internal static class SynthesisInputs
{
    /// <summary>The prompts of <paramref name="path"/> (JSONL, or CSV/TSV/Parquet by extension), first <paramref name="limit"/> only when given.</summary>
    /// <exception cref="InvalidInputException">A row lacks the prompt or language field (file:line), or has an unknown language.</exception>
    public static async Task<IReadOnlyList<Sample>> PromptsAsync(string path, string field, string languageField, string idField, int? limit, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--prompts '{path}' does not exist.");
        }
        var format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => DatasetFormat.Csv,
            ".tsv" => DatasetFormat.Tsv,
            ".parquet" => DatasetFormat.Parquet,
            _ => DatasetFormat.Jsonl,
        };
        var spec = new DatasetSpec { Format = format, Path = path, Fields = new FieldMapping { Prompt = field, Language = languageField, Id = idField } };
        var samples = await spec.LoadAsync(ct);
        if (format == DatasetFormat.Jsonl)
        {
            await RequireTextPromptsAsync(path, field, ct);
        }
        if (samples.Count == 0)
        {
            throw new InvalidInputException($"{path}: no prompts.");
        }
        if (samples.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidInputException($"{path}: two prompts have the id '{twice.Key}' (field '{idField}'); ids must be unique.");
        }
        return limit is { } n ? [.. samples.Take(n)] : samples;
    }

    // The dataset reader would turn a conversational (TRL "list of turns") prompt into its JSON text; say so instead.
    private static async Task RequireTextPromptsAsync(string path, string field, CancellationToken ct)
    {
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, ct))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var document = System.Text.Json.JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty(field, out var prompt) && prompt.ValueKind is System.Text.Json.JsonValueKind.Array or System.Text.Json.JsonValueKind.Object)
            {
                throw InvalidInputException.At(path, number,
                    $"the prompt field '{field}' is a JSON {prompt.ValueKind.ToString().ToLowerInvariant()}, not text; steer and prefs take one text prompt per row (the user's turn).");
            }
        }
    }

    /// <summary>The judge model of <c>--judge</c> (owned by <paramref name="resolver"/>), recording its identity in <paramref name="judges"/>.</summary>
    public static IChatClient? Judge(ModelResolver resolver, string? spec, Dictionary<string, string> judges)
    {
        if (spec is null)
        {
            return null;
        }
        judges[spec] = resolver.IdentityOf(spec, "--judge");
        return new BorrowedChatClient(resolver.ResolveClient(spec, "--judge"));
    }

    /// <summary>The reward-model scorer of <c>--reward DIR</c>; the caller disposes <paramref name="owned"/>.</summary>
    public static IScorer? Reward(string? directory, Dictionary<string, string> judges, out IDisposable? owned)
    {
        owned = null;
        if (directory is null)
        {
            return null;
        }
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"--reward '{directory}' is not a folder (a reward model written by 'langgap train reward').");
        }
        var reward = RewardModelReward.Load(directory);
        owned = reward;
        var identity = RewardModel.IdentityOf(directory);
        judges["reward"] = identity;
        return new RewardScorer(reward, "reward", RewardScorer.Unbounded, identity);
    }

    /// <summary>The objective of <c>--objective</c>, or the default one when none is given.</summary>
    public static AttributeObjective Objective(string? text, string? fallback, AttributeResolver resolver)
    {
        var chosen = text ?? fallback ?? throw new UsageException("Give --objective (for example length:max), --judge or --reward to rank candidates.");
        try
        {
            return AttributeObjective.Parse(chosen, resolver);
        }
        catch (InvalidInputException ex)
        {
            throw new UsageException($"--objective: {ex.Message}");
        }
    }

    /// <summary>Refuses fewer than two candidates per prompt.</summary>
    public static void RequireCandidates(int k, int models, string what)
    {
        if (k * models < 2)
        {
            throw new UsageException($"--samples (k) is {k} with {models} --model; {what} needs at least two candidates per prompt, so give --samples 2 or more, or a second --model.");
        }
    }

    /// <summary>The run folder: <c>--store</c>, or the output file's name with <c>.run</c> instead of its extension.</summary>
    public static string StoreFolder(string? store, string output) =>
        store ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, Path.GetFileNameWithoutExtension(output) + ".run");

    /// <summary>Fails with one sentence when the run stopped or made no candidate at all.</summary>
    public static void RequireCandidates(LangGap.Synthesis.Candidates.CandidateBatch batch)
    {
        if (batch.Generated == 0)
        {
            throw new InvalidInputException($"Every candidate failed ({batch.Failed} draws); the first failure: {batch.FirstFailure ?? batch.Summary.StopReason ?? "unknown"}.");
        }
        if (batch.Summary.StopReason is { } reason)
        {
            throw new InvalidInputException($"{reason}. Nothing was written; the run in {batch.Folder} resumes when the command is given again.");
        }
    }
}
