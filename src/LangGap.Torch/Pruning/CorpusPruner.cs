using LangGap.Identification;
using LangGap.Pruning;

namespace LangGap.Torch.Pruning;

/// <summary>Scores a parallel corpus with one method and keeps a fraction of it (the library side of <c>langgap prune</c>).</summary>
public static class CorpusPruner
{
    /// <summary>Scores <paramref name="corpus"/> and selects the kept pairs.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="options">The method and its settings.</param>
    /// <param name="workDirectory">Where CAT and loss keep their checkpoints (resumable); unused by the other methods.</param>
    /// <param name="progress">Receives progress lines.</param>
    /// <param name="cancellationToken">Stops training and scoring.</param>
    public static PruningResult Prune(ParallelCorpus corpus, PruneOptions options, string workDirectory,
        Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<int> steps = [];
        double[][]? perplexities = null;
        double[] scores;
        if (options.NeedsTraining)
        {
            // Loss records the same checkpoints as CAT so both can share one work folder; it scores with the first.
            steps = options.CheckpointSteps;
            var encoding = new TranslationEncoding(options.MaxTokens);
            var pairs = Encode(corpus.Examples, encoding);
            var training = options.Training with { Seed = options.Seed };
            perplexities = TrainingDynamics.Record(pairs, options.Config, training, steps, workDirectory, options.ScoreBatchSize, progress, cancellationToken);
            scores = options.Method == PruningMethod.Loss
                ? perplexities.Select(p => p[0]).ToArray()
                : perplexities.Select(p => CatScore.Aggregate(p, options.Aggregation)).ToArray();
        }
        else
        {
            scores = options.Method switch
            {
                PruningMethod.Random => BaselineScores.Random(corpus, options.Seed),
                PruningMethod.Length => BaselineScores.Length(corpus),
                PruningMethod.LengthRatio => BaselineScores.LengthRatio(corpus),
                PruningMethod.Lid => BaselineScores.Lid(corpus, LanguageIdentifier.Default),
                PruningMethod.Duplicates => BaselineScores.Duplicates(corpus),
                _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown pruning method."),
            };
        }
        // Duplicates scores only 0 or 1, so nearly every pair ties: the pairs removed beyond the duplicates are drawn at
        // random (the random baseline's seeded numbers), not taken from the end of the file, which for a corpus sorted by
        // language would empty the last language.
        var tieBreak = options.Method == PruningMethod.Duplicates ? BaselineScores.Random(corpus, options.Seed) : null;
        var kept = options.PerPair
            ? PruningSelection.SelectPerGroup(scores, corpus.Examples.Select(e => e.Pair).ToArray(), options.Keep, keepHigh: !options.KeepLow, tieBreak)
            : PruningSelection.Select(scores, options.Keep, keepHigh: !options.KeepLow, tieBreak);
        return new PruningResult(corpus, options.Describe(), steps, perplexities, scores, kept);
    }

    /// <summary>Encodes pairs for the translation model (target language as a prefix of the source).</summary>
    public static EncodedPair[] Encode(IReadOnlyList<ParallelExample> examples, TranslationEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(encoding);
        return examples.Select(e =>
        {
            var (ids, start) = encoding.Pair(e.Source, e.Target, e.TargetLanguage);
            return new EncodedPair(ids, start);
        }).ToArray();
    }
}
