using System.Globalization;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Modules;
using LangGap.Torch.Training;

namespace LangGap.Torch.Pruning;

/// <summary>Records training dynamics for CAT: trains a translation model with checkpoints at early steps, then scores
/// every pair's target perplexity at each checkpoint.</summary>
/// <remarks>Each checkpoint is read once and scores every pair in length-sorted batches; its perplexities are kept in
/// <c>step-N/perplexities.txt</c> (one per line, pair order), so a resumed run neither retrains nor rescores.</remarks>
public static class TrainingDynamics
{
    private const string PerplexityFile = "perplexities.txt";

    /// <summary>Per pair, its target perplexity at each of <paramref name="checkpointSteps"/>.</summary>
    public static double[][] Record(
        IReadOnlyList<EncodedPair> pairs, TransformerConfig config, TrainingOptions options, IReadOnlyList<int> checkpointSteps,
        string workDirectory, int scoreBatchSize = 8, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var directories = CheckpointedTraining.Run(pairs, config, options, checkpointSteps, workDirectory, progress, cancellationToken);
        var result = pairs.Select(_ => new double[directories.Count]).ToArray();
        for (var c = 0; c < directories.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = ReadCached(directories[c], pairs.Count) ?? ScoreCheckpoint(directories[c], pairs, scoreBatchSize, progress, cancellationToken);
            for (var i = 0; i < pairs.Count; i++)
            {
                result[i][c] = values[i];
            }
        }
        return result;
    }

    private static double[] ScoreCheckpoint(string directory, IReadOnlyList<EncodedPair> pairs, int batchSize, Action<string>? progress, CancellationToken cancellationToken)
    {
        var configPath = Path.Combine(directory, "config.json");
        using var model = new CausalLM(HfConfig.Parse(File.ReadAllText(configPath), configPath));
        HfCheckpoint.LoadWeights(model, directory);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var values = TargetPerplexityScorer.Score(model, pairs, batchSize, cancellationToken);
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"scored {pairs.Count} pairs at {Path.GetFileName(directory)} in {clock.Elapsed.TotalSeconds:F1}s ({pairs.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):F0} pairs/s)"));
        var path = Path.Combine(directory, PerplexityFile);
        File.WriteAllLines(path + ".partial", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
        File.Move(path + ".partial", path, overwrite: true);
        return values;
    }

    private static double[]? ReadCached(string directory, int count)
    {
        var path = Path.Combine(directory, PerplexityFile);
        if (!File.Exists(path))
        {
            return null;
        }
        var lines = File.ReadAllLines(path);
        return lines.Length == count ? lines.Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray() : null;
    }
}
