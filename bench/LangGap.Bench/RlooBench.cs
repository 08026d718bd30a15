using System.Diagnostics;
using System.Globalization;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Torch.Training;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Rewards;

namespace LangGap.Bench;

/// <summary>RLOO throughput on a local model: sampled tokens per second (batched with the KV cache against one prompt at a
/// time) and optimizer steps per second.
/// Usage: rloo [--model embedded|DIR] [--data FILE] [--steps N] [--k K] [--batch-size B] [--max-new-tokens T]</summary>
internal static class RlooBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var model = Arg(args, "--model", ModelSource.EmbeddedName);
        var dataPath = Arg(args, "--data", Path.Combine("assets", "examples", "train", "rloo-prompts.jsonl"));
        var steps = int.Parse(Arg(args, "--steps", "5"), CultureInfo.InvariantCulture);
        var k = int.Parse(Arg(args, "--k", "4"), CultureInfo.InvariantCulture);
        var batch = int.Parse(Arg(args, "--batch-size", "2"), CultureInfo.InvariantCulture);
        var maxNew = int.Parse(Arg(args, "--max-new-tokens", "48"), CultureInfo.InvariantCulture);
        var data = await TrainingDataset.LoadAsync(dataPath, null, CancellationToken.None);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"model {model}, {data.Records.Count} prompts from {dataPath}, k {k}, batch {batch} prompts, up to {maxNew} new tokens, {Environment.ProcessorCount} cores");

        using (var loaded = ModelSource.Load(model))
        {
            var encoder = new CompletionEncoder(loaded);
            var prompts = data.Records.Take(batch).SelectMany(r => Enumerable.Repeat(encoder.Prompt(r), k))
                .Select(p => (IReadOnlyList<int>)p).ToArray();
            var options = new SamplingOptions { MaxNewTokens = maxNew, Temperature = 1, Seed = 1, StopStrings = encoder.StopStrings(data.Records[0]) };
            var generator = new TextGenerator(loaded);
            generator.GenerateBatch(prompts.Take(1).ToArray(), options with { MaxNewTokens = 2 });   // warm-up
            var clock = Stopwatch.StartNew();
            var batched = generator.GenerateBatch(prompts, options);
            var batchedSeconds = clock.Elapsed.TotalSeconds;
            var batchedTokens = batched.Sum(r => r.Ids.Count);
            clock.Restart();
            var sequentialTokens = prompts.Select((p, i) => generator.Generate(p, options with { Seed = i }).Ids.Count).Sum();
            var sequentialSeconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(inv, $"sampling {prompts.Length} completions batched:     {batchedTokens,5} tokens in {batchedSeconds,6:F2}s = {batchedTokens / batchedSeconds,7:F0} tokens/s"));
            Console.WriteLine(string.Create(inv, $"sampling {prompts.Length} completions one by one:  {sequentialTokens,5} tokens in {sequentialSeconds,6:F2}s = {sequentialTokens / sequentialSeconds,7:F0} tokens/s"));
            Console.WriteLine(string.Create(inv, $"batched / one by one tokens/s: {batchedTokens / batchedSeconds / (sequentialTokens / sequentialSeconds):F2}x"));
        }

        var output = Path.Combine(Path.GetTempPath(), "langgap-bench-rloo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new AlignmentOptions
            {
                Steps = steps, K = k, BatchSize = batch, MaxNewTokens = maxNew, LearningRate = 1e-4, SaveEvery = 0,
            };
            using var trainer = AlignmentTrainer.Create(AlignmentMethod.Rloo, model, data, options, new LengthReward(), output);
            var seen = new List<StepMetrics>();
            var clock = Stopwatch.StartNew();
            while (trainer.Step < steps)
            {
                seen.Add(await trainer.TrainStepAsync());
            }
            var seconds = clock.Elapsed.TotalSeconds;
            var completions = steps * batch * k;
            Console.WriteLine(string.Create(inv, $"rloo: {steps} steps ({completions} sampled completions) in {seconds:F2}s = {steps / seconds:F3} steps/s, {seen.Sum(m => m.Tokens) / seconds:F0} tokens/s sampled + scored"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
