namespace LangGap.Torch.Generation;

/// <summary>Chooses the next token from logits: greedy, or temperature → top-k → top-p → multinomial draw.</summary>
internal sealed class TokenSampler : IDisposable
{
    private readonly SamplingOptions _options;
    private readonly Generator _random;

    public TokenSampler(SamplingOptions options)
    {
        _options = options;
        _random = new Generator(unchecked((ulong)options.Seed), CPU);
    }

    /// <summary>Next token per row of <paramref name="logits"/> (B, V), as (B).</summary>
    public Tensor Next(Tensor logits)
    {
        using var scope = NewDisposeScope();
        if (_options.IsGreedy)
        {
            return logits.argmax(-1).MoveToOuterDisposeScope();                        // (B)
        }
        var scores = logits / _options.Temperature;                                    // (B, V)
        if (_options.TopK is { } k && k < scores.shape[^1])
        {
            var kth = scores.topk(k, dim: -1).values.narrow(-1, k - 1, 1);              // (B, 1)
            scores = scores.masked_fill(scores < kth, float.NegativeInfinity);
        }
        if (_options.TopP is { } p && p < 1)
        {
            var (sorted, order) = scores.sort(dim: -1, descending: false);            // ascending, as transformers
            var cumulative = sorted.softmax(-1).cumsum(-1);                            // (B, V)
            var removeSorted = cumulative <= 1 - p;
            removeSorted[.., -1] = false;                                              // always keep the best token
            var remove = removeSorted.scatter(-1, order, removeSorted);
            scores = scores.masked_fill(remove, float.NegativeInfinity);
        }
        var probabilities = scores.softmax(-1);                                        // (B, V)
        return probabilities.multinomial(1, generator: _random).squeeze(-1).MoveToOuterDisposeScope();   // (B)
    }

    public void Dispose() => _random.Dispose();
}
