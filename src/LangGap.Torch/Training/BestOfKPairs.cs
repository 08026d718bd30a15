using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Rewards;

namespace LangGap.Torch.Training;

/// <summary>Builds DPO pairs by best-of-k: samples k completions per prompt from a model, scores them with a reward, and
/// keeps the highest as <c>chosen</c> and the lowest as <c>rejected</c> (prompts whose k rewards are all equal are skipped).</summary>
public static class BestOfKPairs
{
    /// <summary>The pairs for every record of <paramref name="prompts"/>, as preference records.</summary>
    public static async Task<IReadOnlyList<TrainingRecord>> BuildAsync(
        PretrainedModel model, TrainingDataset prompts, IReward reward, int k, SamplingOptions sampling, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(reward);
        ArgumentNullException.ThrowIfNull(sampling);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        var encoder = new CompletionEncoder(model);
        var generator = new TextGenerator(model);
        var pairs = new List<TrainingRecord>();
        for (var r = 0; r < prompts.Records.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = prompts.Records[r];
            var prompt = encoder.Prompt(record);
            var options = sampling with { Seed = sampling.Seed + r, StopStrings = [.. sampling.StopStrings, .. encoder.StopStrings(record)] };
            var results = generator.GenerateBatch(Enumerable.Repeat((IReadOnlyList<int>)prompt, k).ToArray(), options, cancellationToken);
            var texts = results.Select(g => g.Text.Trim()).ToArray();
            var scores = await reward.ScoreAsync(texts.Select(t => new RewardInput(record, t)).ToArray(), cancellationToken).ConfigureAwait(false);
            var order = Enumerable.Range(0, k).Where(i => !double.IsNaN(scores[i])).OrderBy(i => scores[i]).ToArray();
            if (order.Length < 2 || scores[order[0]] == scores[order[^1]])
            {
                continue;
            }
            pairs.Add(record with { Chosen = texts[order[^1]], Rejected = texts[order[0]], Completion = null });
        }
        return pairs;
    }

    /// <summary>Writes <paramref name="pairs"/> as TRL preference JSONL (conversational when the prompts were).</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<TrainingRecord> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var lines = pairs.Select(p =>
        {
            var line = new JsonObject
            {
                ["prompt"] = p.Conversational ? Turns(p.Prompt.Select(m => (m.Role.Value, m.Text))) : p.Prompt[0].Text,
                ["chosen"] = p.Conversational ? Turns([("assistant", p.Chosen!)]) : p.Chosen,
                ["rejected"] = p.Conversational ? Turns([("assistant", p.Rejected!)]) : p.Rejected,
            };
            if (p.Language is not null)
            {
                line["language"] = p.Language;
            }
            return line.ToJsonString(options);
        });
        await File.WriteAllLinesAsync(path, lines, cancellationToken).ConfigureAwait(false);
    }

    private static JsonArray Turns(IEnumerable<(string Role, string Content)> turns) =>
        new(turns.Select(t => (JsonNode?)new JsonObject { ["role"] = t.Role, ["content"] = t.Content }).ToArray());
}
