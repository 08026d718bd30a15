using System.Diagnostics;
using System.Globalization;
using LangGap.Pruning;
using LangGap.Torch.Modules;
using LangGap.Torch.Pruning;
using LangGap.Torch.Training;
using TorchSharp;

namespace LangGap.Bench;

/// <summary>CAT's costly step: scoring every pair's target perplexity at a checkpoint, in pairs per second, by batch size
/// (batch 1 is the unbatched baseline), on the UDHR demo corpus with the default pruning network.</summary>
internal static class PruneScoreBench
{
    public static Task<int> RunAsync(string[] args)
    {
        var repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        const int threads = 2;
        torch.set_num_threads(threads);
        var corpus = ParallelCorpusReader.Read(Path.Combine(TorchTrainBench.FindRepositoryRoot(), "assets", "pruning", "udhr-train.jsonl"));
        var pairs = CorpusPruner.Encode(corpus.Examples, new TranslationEncoding(256));
        using var model = new CausalLM(TranslationEncoding.SmallConfig);
        NextTokenTrainer.Initialize(model, 0.02, 0);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{pairs.Length} pairs, mean {pairs.Average(p => p.Ids.Length):F0} tokens, network {model.parameters().Sum(p => p.numel())} parameters, {threads} threads, best of {repeats}"));
        TargetPerplexityScorer.Score(model, pairs, 32);
        foreach (var batch in new[] { 1, 8, 32, 64 })
        {
            var best = double.MaxValue;
            for (var r = 0; r < repeats; r++)
            {
                var clock = Stopwatch.StartNew();
                TargetPerplexityScorer.Score(model, pairs, batch);
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
            }
            Console.WriteLine(string.Create(inv, $"batch {batch,3}  {pairs.Length / best,8:F0} pairs/s  ({best:F2} s per checkpoint)"));
        }
        return Task.FromResult(0);
    }
}
