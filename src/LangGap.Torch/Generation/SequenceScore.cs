namespace LangGap.Torch.Generation;

/// <summary>Log-probabilities a model gives to scored tokens.</summary>
/// <param name="Ids">The scored token ids (a completion, or a whole text after its first token).</param>
/// <param name="TokenLogProbs">Natural-log probability of each id given everything before it.</param>
public sealed record SequenceScore(IReadOnlyList<int> Ids, IReadOnlyList<double> TokenLogProbs)
{
    /// <summary>Sum of <see cref="TokenLogProbs"/>: the log-likelihood of the whole scored span.</summary>
    public double Sum => TokenLogProbs.Sum();

    /// <summary>exp(−mean log-probability); NaN when nothing was scored.</summary>
    public double Perplexity => TokenLogProbs.Count == 0 ? double.NaN : Math.Exp(-Sum / TokenLogProbs.Count);
}
