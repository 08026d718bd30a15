using LangGap.Torch.Modules;

namespace LangGap.Torch.Pruning;

/// <summary>Scores the perplexity of every pair's target (and end token) given its source, in length-sorted batches.</summary>
public static class TargetPerplexityScorer
{
    /// <summary>exp(mean negative log-likelihood per target token) of each pair, in input order.</summary>
    /// <param name="model">The model (put in eval mode here).</param>
    /// <param name="pairs">The encoded pairs.</param>
    /// <param name="batchSize">Pairs per forward pass; pairs are sorted by length first so little is padded.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    public static double[] Score(CausalLM model, IReadOnlyList<EncodedPair> pairs, int batchSize = 8, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        model.eval();
        using var noGrad = no_grad();
        var order = Enumerable.Range(0, pairs.Count).OrderBy(i => pairs[i].Ids.Length).ToArray();
        var result = new double[pairs.Count];
        for (var start = 0; start < order.Length; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = NewDisposeScope();
            var rows = order.Skip(start).Take(batchSize).ToArray();
            var (inputs, labels) = TranslationTrainer.Batch(rows.Select(i => pairs[i]).ToArray());          // (B, T), (B, T)
            var logits = model.Forward(inputs);                                                           // (B, T, V)
            var mask = labels.ge(0);                                                                      // (B, T)
            var logProbs = nn.functional.log_softmax(logits, -1)
                .gather(-1, labels.clamp_min(0).unsqueeze(-1)).squeeze(-1);                               // (B, T)
            var nll = -(logProbs * mask).sum(1) / mask.sum(1).clamp_min(1);                              // (B)
            var values = nll.exp().to(ScalarType.Float64).data<double>().ToArray();
            for (var r = 0; r < rows.Length; r++)
            {
                result[rows[r]] = values[r];
            }
        }
        return result;
    }
}
