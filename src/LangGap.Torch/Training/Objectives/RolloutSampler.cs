using LangGap.Torch.Generation;
using LangGap.Torch.Training.Rewards;

namespace LangGap.Torch.Training.Objectives;

/// <summary>Samples k completions per prompt as one left-padded batch with the key/value cache, and scores them.</summary>
internal static class RolloutSampler
{
    public static async Task<Rollout> SampleAsync(TrainingContext context, IReadOnlyList<int> records, long seed, CancellationToken cancellationToken)
    {
        var k = context.K;
        var indices = records.SelectMany(i => Enumerable.Repeat(i, k)).ToArray();
        var prompts = indices.Select(i => context.Encoder.Prompt(context.Data.Records[i])).ToArray();
        var options = new SamplingOptions
        {
            MaxNewTokens = context.Options.MaxNewTokens,
            Temperature = context.Options.Temperature,
            TopK = context.Options.TopK,
            Seed = seed,
            StopStrings = context.Encoder.StopStrings(context.Data.Records[records[0]]),
        };
        var generator = new TextGenerator(context.Policy);
        var results = generator.GenerateBatch(prompts.Select(p => (IReadOnlyList<int>)p).ToArray(), options, cancellationToken);
        var rows = new (int[], int[])[indices.Length];
        var texts = new string[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            // An empty completion still ends somewhere: score the end-of-sequence token.
            var ids = results[i].Ids.Count > 0 ? results[i].Ids.ToArray() : [(int)context.PadId];
            rows[i] = (prompts[i], ids);
            texts[i] = results[i].Text.Trim();
        }
        var reward = context.Reward ?? throw new InvalidOperationException($"{context.Method} needs a reward.");
        var inputs = indices.Select((r, i) => new RewardInput(context.Data.Records[r], texts[i])).ToArray();
        var scores = await reward.ScoreAsync(inputs, cancellationToken).ConfigureAwait(false);
        return new Rollout(indices, rows, texts, scores.Select(s => double.IsNaN(s) ? 0 : s).ToArray());
    }
}
