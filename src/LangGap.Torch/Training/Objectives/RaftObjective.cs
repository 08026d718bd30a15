using System.Text.Json.Nodes;
using LangGap.Torch.Training.Data;

namespace LangGap.Torch.Training.Objectives;

/// <summary>Reward-ranked fine-tuning: sample k completions per prompt, keep the one with the highest reward (the first on
/// ties) and take an SFT step on the kept completions.</summary>
internal sealed class RaftObjective(TrainingContext context) : IAlignmentObjective
{
    public TrainingDataKind Needs => TrainingDataKind.PromptOnly;

    public void Prepare(CancellationToken cancellationToken)
    {
    }

    public async Task<MicroBatchResult> AccumulateAsync(IReadOnlyList<int> records, int step, long sampleSeed, double scale, CancellationToken cancellationToken)
    {
        var rollout = await RolloutSampler.SampleAsync(context, records, sampleSeed, cancellationToken).ConfigureAwait(false);
        var k = context.K;
        var kept = new List<(int[], int[])>();
        for (var p = 0; p < records.Count; p++)
        {
            var best = p * k;
            for (var j = p * k + 1; j < (p + 1) * k; j++)
            {
                if (rollout.Scores[j] > rollout.Scores[best])
                {
                    best = j;
                }
            }
            kept.Add(rollout.Rows[best]);
        }
        var result = SftObjective.Train(context, kept, scale);
        var sampled = rollout.Rows.Sum(r => r.Completion.Length);
        return result with { Reward = rollout.Scores.Average(), Tokens = result.Tokens + sampled };
    }

    public JsonObject SaveState() => [];

    public void LoadState(JsonObject state)
    {
    }
}
