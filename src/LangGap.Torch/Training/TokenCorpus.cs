namespace LangGap.Torch.Training;

/// <summary>Token streams by language, split into training and held-out parts, from which training windows are drawn.</summary>
/// <remarks>A window's language is drawn with probability proportional to its share of training tokens, so the
/// corpus's imbalance carries into training as it is.</remarks>
public sealed class TokenCorpus
{
    private readonly long[] _cumulative;

    /// <summary>Builds the corpus; the last <paramref name="heldOutFraction"/> of each stream is kept for evaluation.</summary>
    public TokenCorpus(IReadOnlyDictionary<string, int[]> tokensByLanguage, double heldOutFraction = 0.05)
    {
        ArgumentNullException.ThrowIfNull(tokensByLanguage);
        ArgumentOutOfRangeException.ThrowIfNegative(heldOutFraction);
        var train = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var heldOut = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (language, tokens) in tokensByLanguage)
        {
            var cut = (int)(tokens.Length * (1 - heldOutFraction));
            train[language] = tokens[..cut];
            heldOut[language] = tokens[cut..];
        }
        Train = train;
        HeldOut = heldOut;
        _cumulative = new long[train.Count];
        long total = 0;
        var i = 0;
        foreach (var tokens in train.Values)
        {
            total += tokens.Length;
            _cumulative[i++] = total;
        }
    }

    /// <summary>Training tokens by language (ordinal order of language codes).</summary>
    public IReadOnlyDictionary<string, int[]> Train { get; }

    /// <summary>Held-out tokens by language.</summary>
    public IReadOnlyDictionary<string, int[]> HeldOut { get; }

    /// <summary>Draws <paramref name="batchSize"/> windows of <paramref name="length"/> + 1 tokens (inputs and shifted targets).</summary>
    internal long[] SampleBatch(SplitMix64 random, int batchSize, int length)
    {
        var streams = Train.Values.ToArray();
        var batch = new long[batchSize * (length + 1)];
        for (var b = 0; b < batchSize; b++)
        {
            var position = random.NextInt64(_cumulative[^1]);
            var language = Array.FindIndex(_cumulative, c => position < c);
            var stream = streams[language];
            if (stream.Length <= length + 1)
            {
                throw new InvalidInputException($"Language '{Train.Keys.ElementAt(language)}' has fewer than {length + 2} training tokens.");
            }
            var start = random.NextInt64(stream.Length - length - 1);
            for (var i = 0; i <= length; i++)
            {
                batch[b * (length + 1) + i] = stream[start + i];
            }
        }
        return batch;
    }
}
