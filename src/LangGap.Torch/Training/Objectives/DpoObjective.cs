using System.Text.Json.Nodes;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Losses;

namespace LangGap.Torch.Training.Objectives;

/// <summary>Direct preference optimisation against the starting model, whose log-probabilities of every chosen and rejected
/// completion are computed once before training and cached (and stored in checkpoints).</summary>
/// <remarks>IPO uses per-token average log-probabilities, as TRL does; the sigmoid loss uses sums.</remarks>
internal sealed class DpoObjective(TrainingContext context) : IAlignmentObjective
{
    private double[] _referenceChosen = [];
    private double[] _referenceRejected = [];

    public TrainingDataKind Needs => TrainingDataKind.Preference;

    private bool Average => context.Options.DpoLoss == DpoLossKind.Ipo;

    public void Prepare(CancellationToken cancellationToken)
    {
        var count = context.Data.Records.Count;
        _referenceChosen = new double[count];
        _referenceRejected = new double[count];
        using var noGrad = no_grad();
        for (var start = 0; start < count; start += context.Options.BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var indices = Enumerable.Range(start, Math.Min(context.Options.BatchSize, count - start)).ToArray();
            using var scope = NewDisposeScope();
            var (chosen, rejected, _) = SequenceLogProbs(indices);
            var c = chosen.to_type(ScalarType.Float64).data<double>().ToArray();
            var r = rejected.to_type(ScalarType.Float64).data<double>().ToArray();
            for (var i = 0; i < indices.Length; i++)
            {
                _referenceChosen[indices[i]] = c[i];
                _referenceRejected[indices[i]] = r[i];
            }
        }
    }

    public Task<MicroBatchResult> AccumulateAsync(IReadOnlyList<int> records, int step, long sampleSeed, double scale, CancellationToken cancellationToken)
    {
        using var scope = NewDisposeScope();
        var (chosen, rejected, tokens) = SequenceLogProbs(records);
        var refChosen = tensor(records.Select(i => (float)_referenceChosen[i]).ToArray());
        var refRejected = tensor(records.Select(i => (float)_referenceRejected[i]).ToArray());
        var beta = context.Beta;
        var loss = Average
            ? DpoLoss.Ipo(chosen, rejected, refChosen, refRejected, beta)
            : DpoLoss.Sigmoid(chosen, rejected, refChosen, refRejected, beta, context.Options.LabelSmoothing);
        (loss * scale).backward();
        using var noGrad = no_grad();
        var margin = (beta * DpoLoss.Margin(chosen, rejected, refChosen, refRejected)).mean().item<float>();
        return Task.FromResult(new MicroBatchResult(loss.item<float>(), margin, double.NaN, tokens));
    }

    /// <summary>(B) summed (or, for IPO, averaged) log-probabilities of the chosen and rejected completions.</summary>
    private (Tensor Chosen, Tensor Rejected, long Tokens) SequenceLogProbs(IReadOnlyList<int> indices)
    {
        var rows = new List<(int[], int[])>();
        foreach (var i in indices)
        {
            var record = context.Data.Records[i];
            var prompt = context.Encoder.Prompt(record);
            rows.Add((prompt, context.Encoder.Completion(record, record.Chosen!)));
            rows.Add((prompt, context.Encoder.Completion(record, record.Rejected!)));
        }
        using var batch = SequenceBatch.Build(rows, context.PadId);
        var logProbs = batch.LogProbs(context.Policy.Model);                                           // (2B, L-1)
        var sums = (logProbs * batch.Mask).sum(1);                                                     // (2B)
        if (Average)
        {
            sums = sums / batch.Mask.sum(1).clamp_min(1);
        }
        var pairs = sums.view(-1, 2);                                                                  // (B, 2)
        return (pairs.select(1, 0), pairs.select(1, 1), batch.Tokens);
    }

    public JsonObject SaveState() => new()
    {
        ["reference_chosen"] = new JsonArray(_referenceChosen.Select(v => (JsonNode?)v).ToArray()),
        ["reference_rejected"] = new JsonArray(_referenceRejected.Select(v => (JsonNode?)v).ToArray()),
    };

    public void LoadState(JsonObject state)
    {
        _referenceChosen = state["reference_chosen"]!.AsArray().Select(n => n!.GetValue<double>()).ToArray();
        _referenceRejected = state["reference_rejected"]!.AsArray().Select(n => n!.GetValue<double>()).ToArray();
        if (_referenceChosen.Length != context.Data.Records.Count)
        {
            throw new InvalidInputException(
                $"The checkpoint holds reference log-probabilities for {_referenceChosen.Length} pairs but the data has {context.Data.Records.Count}.");
        }
    }
}
