using System.Text.Json.Nodes;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Losses;

namespace LangGap.Torch.Training.Objectives;

/// <summary>Trains a reward model with the Bradley–Terry loss on chosen/rejected pairs.</summary>
internal sealed class RewardModelObjective(TrainingContext context, RewardModel model) : IAlignmentObjective
{
    public TrainingDataKind Needs => TrainingDataKind.Preference;

    public void Prepare(CancellationToken cancellationToken)
    {
    }

    public Task<MicroBatchResult> AccumulateAsync(IReadOnlyList<int> records, int step, long sampleSeed, double scale, CancellationToken cancellationToken)
    {
        var rows = new List<(int[], int[])>();
        foreach (var i in records)
        {
            var record = context.Data.Records[i];
            var prompt = context.Encoder.Prompt(record);
            rows.Add((prompt, context.Encoder.Completion(record, record.Chosen!)));
            rows.Add((prompt, context.Encoder.Completion(record, record.Rejected!)));
        }
        using var scope = NewDisposeScope();
        using var batch = SequenceBatch.Build(rows, context.PadId);
        var rewards = model.Forward(batch).view(-1, 2);                                                // (B, 2)
        var loss = BradleyTerryLoss.Compute(rewards.select(1, 0), rewards.select(1, 1));
        (loss * scale).backward();
        var margin = (rewards.select(1, 0) - rewards.select(1, 1)).mean().item<float>();
        return Task.FromResult(new MicroBatchResult(loss.item<float>(), margin, double.NaN, batch.Tokens));
    }

    public JsonObject SaveState() => [];

    public void LoadState(JsonObject state)
    {
    }
}
