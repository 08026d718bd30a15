namespace LangGap.Pruning;

/// <summary>The outcome of scoring a corpus and keeping a fraction of it.</summary>
/// <param name="Corpus">The corpus that was scored.</param>
/// <param name="Settings">How the scores were made and used, e.g. <c>method:cat|agg:variance|keep:0.5|dir:high|seed:0</c>.</param>
/// <param name="CheckpointSteps">The training steps of the checkpoints behind <paramref name="Perplexities"/> (empty for
/// methods that train nothing).</param>
/// <param name="Perplexities">Per pair, its target perplexity at each checkpoint, or null when no model was trained.</param>
/// <param name="Scores">Per pair, its score.</param>
/// <param name="Kept">Per pair, whether it is kept.</param>
public sealed record PruningResult(
    ParallelCorpus Corpus, string Settings, IReadOnlyList<int> CheckpointSteps,
    IReadOnlyList<IReadOnlyList<double>>? Perplexities, IReadOnlyList<double> Scores, IReadOnlyList<bool> Kept)
{
    /// <summary>The kept pairs in corpus order.</summary>
    public IEnumerable<ParallelExample> KeptExamples => Corpus.Examples.Where((_, i) => Kept[i]);

    /// <summary>The removed pairs in corpus order.</summary>
    public IEnumerable<ParallelExample> RemovedExamples => Corpus.Examples.Where((_, i) => !Kept[i]);
}
