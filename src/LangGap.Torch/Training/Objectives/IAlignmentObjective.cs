using System.Text.Json.Nodes;
using LangGap.Torch.Training.Data;

namespace LangGap.Torch.Training.Objectives;

/// <summary>One training method: computes a micro-batch's loss and back-propagates it; the trainer owns the optimizer.</summary>
internal interface IAlignmentObjective
{
    /// <summary>The record shape the method reads.</summary>
    TrainingDataKind Needs { get; }

    /// <summary>Work done once before the first step of a fresh run (for example DPO's reference log-probabilities).</summary>
    void Prepare(CancellationToken cancellationToken);

    /// <summary>Forward and backward on <paramref name="records"/>, gradients scaled by <paramref name="scale"/>.</summary>
    /// <param name="records">Indices into the dataset.</param>
    /// <param name="step">The 0-based optimizer step.</param>
    /// <param name="sampleSeed">Seed for anything sampled in this micro-batch.</param>
    /// <param name="scale">1 / gradient-accumulation steps.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task<MicroBatchResult> AccumulateAsync(IReadOnlyList<int> records, int step, long sampleSeed, double scale, CancellationToken cancellationToken);

    /// <summary>State needed to resume exactly (a baseline, cached reference log-probabilities, reused rollouts).</summary>
    JsonObject SaveState();

    /// <summary>Restores what <see cref="SaveState"/> wrote.</summary>
    void LoadState(JsonObject state);
}
