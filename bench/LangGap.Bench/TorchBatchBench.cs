using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using Microsoft.Extensions.AI;
using TorchSharp;

namespace LangGap.Bench;

/// <summary>The demo suite's 320 prompts on the embedded model: one at a time versus continuous batching at several
/// concurrencies; checks that every batched answer equals the one-at-a-time answer token for token.</summary>
internal static class TorchBatchBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        // --no-reference skips one-at-a-time decoding (and the check against it), for profiling the batched path alone.
        var withReference = !args.Contains("--no-reference");
        args = args.Where(a => a != "--no-reference").ToArray();
        var threads = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2;
        torch.set_num_threads(threads);
        using var model = ModelSource.Load(ModelSource.EmbeddedName);
        var template = new EmbeddedChatTemplate();
        var prompts = DemoPrompts().Select(p => (Ids: (IReadOnlyList<int>)model.RequireTokenizer().Encode(template.Render([new ChatMessage(ChatRole.User, p.Text)])), p.MaxTokens)).ToArray();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"command: dotnet run --project bench/LangGap.Bench -c Release -- torch-batch {string.Join(' ', args)}"));
        Console.WriteLine(string.Create(inv, $"demo suite, {prompts.Length} prompts, embedded model, greedy, stops <|end|> and newline, {threads} threads"));
        Console.WriteLine($"{"mode",-26} {"wall s",7} {"cpu s",7} {"gen/s",7} {"tokens/s",9}  identical");

        var generator = new TextGenerator(model);
        var reference = new GenerationResult[prompts.Length];
        var (wall, cpu) = Measure(() =>
        {
            for (var i = 0; i < prompts.Length && withReference; i++)
            {
                reference[i] = generator.Generate(prompts[i].Ids, Options(prompts[i].MaxTokens));
            }
            return Task.CompletedTask;
        });
        var tokens = withReference ? reference.Sum(r => r.Ids.Count) : 0;
        Console.WriteLine(string.Create(inv, $"{"one at a time",-26} {wall,7:F2} {cpu,7:F2} {prompts.Length / wall,7:F1} {tokens / wall,9:F0}  (reference)"));

        int[] concurrencies = args.Length > 1 ? args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 16, 32, 64];
        foreach (var concurrency in concurrencies)
        {
            using var batcher = new ContinuousBatcher(model, maxBatchSize: Math.Min(concurrency, 64));
            var results = new GenerationResult[prompts.Length];
            (wall, cpu) = Measure(() => Parallel.ForEachAsync(Enumerable.Range(0, prompts.Length),
                new ParallelOptions { MaxDegreeOfParallelism = concurrency },
                async (i, ct) => results[i] = await batcher.GenerateAsync(prompts[i].Ids, Options(prompts[i].MaxTokens), ct)));
            tokens = withReference ? tokens : results.Sum(r => r.Ids.Count);
            var identical = withReference ? results.Zip(reference).Count(p => p.First.Ids.SequenceEqual(p.Second.Ids)) : prompts.Length;
            Console.WriteLine(string.Create(inv,
                $"{$"batched, {concurrency} in flight",-26} {wall,7:F2} {cpu,7:F2} {prompts.Length / wall,7:F1} {tokens / wall,9:F0}  {identical}/{prompts.Length}"));
            if (identical != prompts.Length)
            {
                return 1;
            }
        }
        await Task.CompletedTask;
        return 0;
    }

    private static SamplingOptions Options(int maxTokens) =>
        new() { Greedy = true, MaxNewTokens = maxTokens, StopStrings = ["<|end|>", "\n"] };

    private static (double Wall, double Cpu) Measure(Func<Task> action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action().GetAwaiter().GetResult();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>The demo suite's prompts with their tasks' token budgets (translation 64, questions 48, open 64).</summary>
    private static IEnumerable<(string Text, int MaxTokens)> DemoPrompts()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "assets", "suites", "demo");
        if (!Directory.Exists(folder))
        {
            folder = Path.Combine(FindRepositoryRoot(), "assets", "suites", "demo");
        }
        foreach (var (file, maxTokens) in new[] { ("translation.jsonl", 64), ("questions.jsonl", 48), ("open.jsonl", 64) })
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, file)).Where(l => l.Length > 0))
            {
                yield return (JsonNode.Parse(line)!["prompt"]!.GetValue<string>(), maxTokens);
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LangGap.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Run the bench from inside the LangGap repository.");
    }
}
