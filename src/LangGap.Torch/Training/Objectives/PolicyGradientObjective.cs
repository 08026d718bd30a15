using System.Text.Json.Nodes;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Losses;

namespace LangGap.Torch.Training.Objectives;

/// <summary>RLOO (leave-one-out baseline over k samples per prompt) or REINFORCE (moving-average baseline), both on the
/// sequence reward R = r − β·Σ(log π − log π_ref).</summary>
/// <remarks>With <see cref="AlignmentOptions.Iterations"/> above 1 a sampled batch is kept for that many optimizer steps; the
/// first is on-policy REINFORCE and the later ones use PPO's clipped sequence ratio against the sampling-time log-probabilities.</remarks>
internal sealed class PolicyGradientObjective(TrainingContext context) : IAlignmentObjective
{
    private readonly MovingAverageBaseline _baseline = new(context.Options.BaselineDecay);
    private Cached? _cached;

    public TrainingDataKind Needs => TrainingDataKind.PromptOnly;

    public void Prepare(CancellationToken cancellationToken)
    {
    }

    public async Task<MicroBatchResult> AccumulateAsync(IReadOnlyList<int> records, int step, long sampleSeed, double scale, CancellationToken cancellationToken)
    {
        var reuse = context.Options.Iterations > 1 && step % context.Options.Iterations != 0 && _cached is not null;
        if (!reuse)
        {
            var rollout = await RolloutSampler.SampleAsync(context, records, sampleSeed, cancellationToken).ConfigureAwait(false);
            _cached = Score(rollout);
        }
        var c = _cached!;
        using var scope = NewDisposeScope();
        using var batch = SequenceBatch.Build(c.Rows, context.PadId);
        var logProbs = batch.LogProbs(context.Policy.Model);                                           // (N, L-1)
        var advantages = tensor(c.Advantages);
        var old = reuse ? tensor(c.OldSequenceLogProbs) : null;
        var loss = RlooLoss.PolicyLoss(logProbs, batch.Mask, advantages, old, context.Options.ClipEpsilon);
        (loss * scale).backward();
        var sampled = reuse ? 0 : c.Rows.Sum(r => r.Completion.Length);
        return new MicroBatchResult(loss.item<float>(), c.Scores.Average(), c.Kl.Average(), batch.Tokens + sampled);
    }

    /// <summary>Log-probabilities at sampling time, KL-shaped rewards and advantages of a fresh rollout.</summary>
    private Cached Score(Rollout rollout)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var batch = SequenceBatch.Build(rollout.Rows, context.PadId);
        var policy = batch.LogProbs(context.Policy.Model).to_type(ScalarType.Float64);                // (N, L-1)
        var reference = context.Reference is { } r && context.Beta > 0
            ? batch.LogProbs(r.Model).to_type(ScalarType.Float64)
            : policy;
        var mask = batch.Mask.to_type(ScalarType.Float64);
        var (rewards, kl) = RlooLoss.ShapedRewards(tensor(rollout.Scores), policy, reference, mask, context.Beta);
        var advantages = context.Method == AlignmentMethod.Rloo
            ? RlooLoss.Advantages(rewards, context.K)
            : _baseline.Advantages(rewards);
        if (context.Options.NormalizeAdvantages && advantages.shape[0] > 1)
        {
            advantages = RlooLoss.Normalize(advantages);
        }
        var old = (policy * mask).sum(1);
        return new Cached(
            rollout.Rows, rollout.Scores, kl.data<double>().ToArray(),
            advantages.to_type(ScalarType.Float32).data<float>().ToArray(), old.to_type(ScalarType.Float32).data<float>().ToArray());
    }

    public JsonObject SaveState()
    {
        var state = new JsonObject { ["baseline"] = _baseline.Value };
        if (_cached is { } c)
        {
            state["cached"] = new JsonObject
            {
                ["prompts"] = new JsonArray(c.Rows.Select(r => (JsonNode?)Ints(r.Prompt)).ToArray()),
                ["completions"] = new JsonArray(c.Rows.Select(r => (JsonNode?)Ints(r.Completion)).ToArray()),
                ["scores"] = new JsonArray(c.Scores.Select(v => (JsonNode?)v).ToArray()),
                ["kl"] = new JsonArray(c.Kl.Select(v => (JsonNode?)v).ToArray()),
                ["advantages"] = new JsonArray(c.Advantages.Select(v => (JsonNode?)v).ToArray()),
                ["old"] = new JsonArray(c.OldSequenceLogProbs.Select(v => (JsonNode?)v).ToArray()),
            };
        }
        return state;
    }

    public void LoadState(JsonObject state)
    {
        _baseline.Value = state["baseline"]?.GetValue<double>();
        if (state["cached"] is JsonObject c)
        {
            var prompts = c["prompts"]!.AsArray().Select(n => n!.AsArray().Select(v => v!.GetValue<int>()).ToArray()).ToArray();
            var completions = c["completions"]!.AsArray().Select(n => n!.AsArray().Select(v => v!.GetValue<int>()).ToArray()).ToArray();
            _cached = new Cached(
                prompts.Zip(completions).ToArray(),
                c["scores"]!.AsArray().Select(n => n!.GetValue<double>()).ToArray(),
                c["kl"]!.AsArray().Select(n => n!.GetValue<double>()).ToArray(),
                c["advantages"]!.AsArray().Select(n => n!.GetValue<float>()).ToArray(),
                c["old"]!.AsArray().Select(n => n!.GetValue<float>()).ToArray());
        }
    }

    private static JsonArray Ints(int[] ids) => new(ids.Select(i => (JsonNode?)i).ToArray());

    private sealed record Cached(
        IReadOnlyList<(int[] Prompt, int[] Completion)> Rows, double[] Scores, double[] Kl, float[] Advantages, float[] OldSequenceLogProbs);
}
