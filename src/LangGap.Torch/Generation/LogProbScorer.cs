using LangGap.Torch.Checkpoints;

namespace LangGap.Torch.Generation;

/// <summary>Scores given text under a model: per-token and summed log-probabilities, perplexity; batched.</summary>
public sealed class LogProbScorer
{
    private readonly PretrainedModel _model;
    private readonly int _batchSize;

    /// <summary>Scores with <paramref name="model"/>, <paramref name="batchSize"/> sequences per forward pass.</summary>
    public LogProbScorer(PretrainedModel model, int batchSize = 8)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        _model = model;
        _batchSize = batchSize;
    }

    /// <summary>Log-probability of every token of <paramref name="ids"/> after the first.</summary>
    public SequenceScore Score(IReadOnlyList<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count < 2)
        {
            throw new ArgumentException("Scoring needs at least two tokens (the first is only context).", nameof(ids));
        }
        return ScoreCompletions([(ids.Take(1).ToArray(), ids.Skip(1).ToArray())])[0];
    }

    /// <summary>Log-probabilities of each completion given its prompt, in input order.</summary>
    public IReadOnlyList<SequenceScore> ScoreCompletions(
        IReadOnlyList<(IReadOnlyList<int> Prompt, IReadOnlyList<int> Completion)> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Any(p => p.Prompt.Count == 0))
        {
            throw new ArgumentException("Every prompt needs at least one token.", nameof(pairs));
        }
        var results = new List<SequenceScore>(pairs.Count);
        for (var start = 0; start < pairs.Count; start += _batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.AddRange(ScoreBatch(pairs.Skip(start).Take(_batchSize).ToArray()));
        }
        return results;
    }

    private IEnumerable<SequenceScore> ScoreBatch(IReadOnlyList<(IReadOnlyList<int> Prompt, IReadOnlyList<int> Completion)> batch)
    {
        // Right padding needs no mask: causal attention never lets a real token see the padding after it.
        var sequences = batch.Select(p => p.Prompt.Concat(p.Completion).ToArray()).ToArray();
        var length = sequences.Max(s => s.Length);
        var flat = new long[batch.Count * length];
        for (var b = 0; b < sequences.Length; b++)
        {
            for (var i = 0; i < sequences[b].Length; i++)
            {
                flat[b * length + i] = sequences[b][i];
            }
        }
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var ids = tensor(flat, [batch.Count, length]);                                                 // (B, T)
        var logProbs = _model.Model.Forward(ids).log_softmax(-1);                                       // (B, T, V)
        var targets = ids.narrow(1, 1, length - 1).unsqueeze(-1);                                       // (B, T-1, 1)
        var picked = logProbs.narrow(1, 0, length - 1).gather(-1, targets).squeeze(-1);                 // (B, T-1)
        var values = picked.to(ScalarType.Float64).data<double>().ToArray();
        var scores = new SequenceScore[batch.Count];
        for (var b = 0; b < batch.Count; b++)
        {
            var (prompt, completion) = batch[b];
            var row = new double[completion.Count];
            Array.Copy(values, b * (length - 1) + prompt.Count - 1, row, 0, completion.Count);
            scores[b] = new SequenceScore(completion.ToArray(), row);
        }
        return scores;
    }
}
