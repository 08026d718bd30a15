using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangGap.Pruning;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Modules;
using LangGap.Torch.Pruning;
using LangGap.Torch.Training;
using TorchSharp;

namespace LangGap.Bench;

/// <summary>CAT's costly step: scoring every pair's target perplexity at a checkpoint, in pairs per second, by batch size
/// (batch 1 is the unbatched baseline), on the UDHR demo corpus with the default pruning network; then the whole step
/// (load each checkpoint from disk, score every pair) against the PyTorch peer <c>bench/prune_score_peer.py</c> on the
/// same checkpoints and pairs, with the largest relative difference of their perplexities.</summary>
internal static class PruneScoreBench
{
    private static readonly int[] CheckpointSteps = [5, 10, 15, 20];

    public static async Task<int> RunAsync(string[] args)
    {
        var repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var peerRepeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : repeats;
        const int threads = 2;
        torch.set_num_threads(threads);
        var corpus = ParallelCorpusReader.Read(Path.Combine(BenchPaths.RepositoryRoot, "assets", "pruning", "udhr-train.jsonl"));
        var pairs = CorpusPruner.Encode(corpus.Examples, new TranslationEncoding(256));
        var inv = CultureInfo.InvariantCulture;
        using (var model = new CausalLM(TranslationEncoding.SmallConfig))
        {
            NextTokenTrainer.Initialize(model, 0.02, 0);
            Console.WriteLine(string.Create(inv, $"{pairs.Length} pairs, mean {pairs.Average(p => p.Ids.Length):F0} tokens, network {model.parameters().Sum(p => p.numel())} parameters, {threads} threads, best of {repeats}"));
            TargetPerplexityScorer.Score(model, pairs, 32);
            foreach (var batch in new[] { 1, 8, 32, 64 })
            {
                var (best, cpu) = BestSeconds(repeats, () => TargetPerplexityScorer.Score(model, pairs, batch));
                Console.WriteLine(string.Create(inv, $"batch {batch,3}  {pairs.Length / best,8:F0} pairs/s  ({best:F2} s per checkpoint, {cpu:F2} CPU s)"));
            }
        }
        return await CompareWithPeerAsync(pairs, threads, repeats, peerRepeats);
    }

    /// <summary>Trains the demo's pruning network to a few early checkpoints, then times LangGap and PyTorch scoring all of them.</summary>
    private static async Task<int> CompareWithPeerAsync(EncodedPair[] pairs, int threads, int repeats, int peerRepeats)
    {
        var inv = CultureInfo.InvariantCulture;
        var work = Directory.CreateTempSubdirectory("langgap-prune-score-");
        try
        {
            var options = new PruneOptions();
            var directories = CheckpointedTraining.Run(pairs, options.Config, options.Training with { Seed = 0 }, CheckpointSteps, work.FullName);
            var batch = options.ScoreBatchSize;
            double[][] ours = [];
            var (langgap, langgapCpu) = BestSeconds(repeats, () => ours = directories.Select(d => ScoreCheckpoint(d, pairs, batch)).ToArray());

            var pairsFile = Path.Combine(work.FullName, "pairs.json");
            await File.WriteAllTextAsync(pairsFile, new JsonArray(pairs.Select(p => (JsonNode?)new JsonObject
            {
                ["ids"] = new JsonArray(p.Ids.Select(i => (JsonNode?)i).ToArray()),
                ["target_start"] = p.TargetStart,
            }).ToArray()).ToJsonString());
            var script = Path.Combine(BenchPaths.RepositoryRoot, "bench", "prune_score_peer.py");
            var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true };
            foreach (var argument in (string[])[script, "--pairs", pairsFile, "--batch", $"{batch}", "--threads", $"{threads}", "--repeats", $"{peerRepeats}", "--checkpoints", .. directories])
            {
                start.ArgumentList.Add(argument);
            }
            using var peer = Process.Start(start)!;
            var output = await peer.StandardOutput.ReadToEndAsync();
            await peer.WaitForExitAsync();
            if (peer.ExitCode != 0)
            {
                Console.Error.WriteLine($"prune-score: the PyTorch peer failed (exit {peer.ExitCode}).");
                return 1;
            }
            var result = JsonNode.Parse(output)!;
            var pytorch = result["seconds"]!.GetValue<double>();
            var pytorchCpu = result["cpu_seconds"]!.GetValue<double>();
            var theirs = result["perplexities"]!.AsArray().Select(c => c!.AsArray().Select(v => v!.GetValue<double>()).ToArray()).ToArray();
            var difference = ours.Zip(theirs).SelectMany(c => c.First.Zip(c.Second, (a, b) => Math.Abs(a - b) / Math.Abs(b))).Max();
            var scored = pairs.Length * directories.Count;
            Console.WriteLine();
            Console.WriteLine(string.Create(inv, $"whole step: load each of {directories.Count} checkpoints (steps {string.Join(",", CheckpointSteps)}) from disk and score all {pairs.Length} pairs, batch {batch}, {threads} threads; LangGap best of {repeats}, peer best of {peerRepeats}"));
            Console.WriteLine(string.Create(inv, $"peer: /usr/bin/python3 bench/prune_score_peer.py (python3-torch from Debian)"));
            Console.WriteLine(string.Create(inv, $"                                      wall s   pairs/s    CPU s   pairs per CPU s"));
            Console.WriteLine(string.Create(inv, $"LangGap (TorchSharp / libtorch 2.10) {langgap,7:F2}  {scored / langgap,8:F0}  {langgapCpu,7:F2}  {scored / langgapCpu,8:F0}"));
            Console.WriteLine(string.Create(inv, $"PyTorch {result["torch"],-28} {pytorch,7:F2}  {scored / pytorch,8:F0}  {pytorchCpu,7:F2}  {scored / pytorchCpu,8:F0}"));
            Console.WriteLine(string.Create(inv, $"ratio LangGap / PyTorch (pairs/s): wall {pytorch / langgap:F2}×, CPU {pytorchCpu / langgapCpu:F2}×"));
            Console.WriteLine(string.Create(inv, $"perplexities agree: largest relative difference {difference:E1} over {scored} values"));
            return difference < 1e-4 ? 0 : 1;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>What <c>langgap prune</c> does per checkpoint: read it once from disk, score every pair.</summary>
    private static double[] ScoreCheckpoint(string directory, EncodedPair[] pairs, int batch)
    {
        var configPath = Path.Combine(directory, "config.json");
        using var model = new CausalLM(HfConfig.Parse(File.ReadAllText(configPath), configPath));
        HfCheckpoint.LoadWeights(model, directory);
        return TargetPerplexityScorer.Score(model, pairs, batch);
    }

    /// <summary>The best wall seconds and the best CPU seconds (this process, all threads) of <paramref name="repeats"/> runs.</summary>
    private static (double Wall, double Cpu) BestSeconds(int repeats, Action run)
    {
        var (wall, cpu) = (double.MaxValue, double.MaxValue);
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < repeats; r++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            run();
            wall = Math.Min(wall, clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        return (wall, cpu);
    }
}
