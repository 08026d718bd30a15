using System.Text.Json.Nodes;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Losses;

namespace LangGap.Torch.Training.Objectives;

/// <summary>Supervised fine-tuning: cross-entropy on completion tokens only.</summary>
internal sealed class SftObjective(TrainingContext context) : IAlignmentObjective
{
    public TrainingDataKind Needs => TrainingDataKind.PromptCompletion;

    public void Prepare(CancellationToken cancellationToken)
    {
    }

    public Task<MicroBatchResult> AccumulateAsync(IReadOnlyList<int> records, int step, long sampleSeed, double scale, CancellationToken cancellationToken)
    {
        var rows = records.Select(i => context.Data.Records[i])
            .Select(r => (context.Encoder.Prompt(r), context.Encoder.Completion(r, r.Completion!))).ToArray();
        return Task.FromResult(Train(context, rows, scale));
    }

    /// <summary>One SFT forward and backward on encoded rows (also RAFT's update).</summary>
    internal static MicroBatchResult Train(TrainingContext context, IReadOnlyList<(int[] Prompt, int[] Completion)> rows, double scale)
    {
        using var scope = NewDisposeScope();
        using var batch = SequenceBatch.Build(rows, context.PadId);
        var logits = context.Policy.Model.Forward(batch.Inputs);                                       // (B, L-1, V)
        var loss = SftLoss.Compute(logits, batch.Targets, batch.Mask);
        (loss * scale).backward();
        return new MicroBatchResult(loss.item<float>(), double.NaN, double.NaN, batch.Tokens);
    }

    public JsonObject SaveState() => [];

    public void LoadState(JsonObject state)
    {
    }
}
