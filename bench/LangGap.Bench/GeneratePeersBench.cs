using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Torch.Gguf;
using TorchSharp;

namespace LangGap.Bench;

/// <summary>
/// <c>generate-peers</c>: greedy decoding throughput of the embedded model in LangGap against llama.cpp (the model
/// converted by <c>langgap convert</c>, run by node-llama-cpp's prebuilt CPU engine through
/// <c>bench/peers/llama_cpp_peer.mjs</c>) and against a PyTorch eager implementation (<c>bench/torch_generate_peer.py</c>,
/// Debian python3-torch), at 1 and at 32 concurrent sequences, all in one run on the same threads.
/// </summary>
/// <remarks>
/// Every sequence decodes exactly <c>--tokens</c> new tokens (end of sequence is ignored on all three sides, so they
/// do the same work); the prompts are 32 chat prompts of equal length. LangGap decodes one sequence with
/// <see cref="TextGenerator"/> and many with <see cref="ContinuousBatcher"/>; llama.cpp puts every sequence in one
/// context; PyTorch decodes them as one batch. Times are wall seconds of the decoding alone (model loaded, prompt
/// processing included), median of <c>--runs</c> after warm-up runs; CPU seconds are printed next to them because the
/// machine may be shared. Options: <c>--tokens N</c> (128), <c>--runs N</c> (3), <c>--threads N</c> (2),
/// <c>--sequences 1,32</c>. Peers: <c>LANGGAP_NODE_LLAMA_CPP</c> (default <c>bench/peers</c>, where
/// <c>npm install --prefix bench/peers</c> puts node-llama-cpp), <c>LANGGAP_PYTHON</c> (default /usr/bin/python3).
/// A missing peer is skipped with a sentence.
/// </remarks>
internal static class GeneratePeersBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        var tokens = int.Parse(Option(args, "--tokens") ?? "128", inv);
        var runs = int.Parse(Option(args, "--runs") ?? "3", inv);
        var threads = int.Parse(Option(args, "--threads") ?? "2", inv);
        var concurrencies = (Option(args, "--sequences") ?? "1,32").Split(',').Select(s => int.Parse(s, inv)).ToArray();
        var root = BenchPaths.RepositoryRoot;
        var nodeHome = Environment.GetEnvironmentVariable("LANGGAP_NODE_LLAMA_CPP") is { Length: > 0 } h ? h : Path.Combine(root, "bench", "peers");
        var python = Environment.GetEnvironmentVariable("LANGGAP_PYTHON") ?? "/usr/bin/python3";
        torch.set_num_threads(threads);
        using var model = ModelSource.Load(ModelSource.EmbeddedName);
        var gguf = Path.Combine(Path.GetTempPath(), $"langgap-bench-{Guid.NewGuid():N}.gguf");
        GgufConverter.Convert(model, ModelSource.EmbeddedDirectory, gguf, GgufPrecision.Float32);
        Console.WriteLine(string.Create(inv,
            $"command: dotnet run --project bench/LangGap.Bench -c Release -- generate-peers {string.Join(' ', args)}"));
        Console.WriteLine(string.Create(inv,
            $"generate-peers: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}; embedded model " +
            $"({model.Config.NumLayers} layers, hidden {model.Config.HiddenSize}), greedy, {tokens} new tokens per sequence, {threads} thread{(threads == 1 ? "" : "s")} each side, " +
            $"median of {runs} runs after warm-up (LangGap 3 untimed runs, llama.cpp 1, PyTorch a 4-token one)"));
        var rows = new List<string>();
        try
        {
            foreach (var sequences in concurrencies)
            {
                var prompts = Enumerable.Range(0, sequences)
                    .Select(i => model.RequireTokenizer().Encode(string.Create(inv, $"<|user|>Question {10 + i % 90} about the sea.<|assistant|>")))
                    .ToArray();
                var ours = MeasureLangGap(model, prompts, tokens, runs);
                var llama = Peer("llama.cpp", nodeHome, () => RunPeer("/usr/bin/node", [Path.Combine(root, "bench", "peers", "llama_cpp_peer.mjs")],
                    Request(gguf, prompts, tokens, threads, runs + 1), ("LANGGAP_NODE_LLAMA_CPP", nodeHome)), skipFirst: true,
                    missing: !File.Exists("/usr/bin/node") ? "/usr/bin/node is missing"
                        : !File.Exists(Path.Combine(nodeHome, "node_modules", "node-llama-cpp", "package.json"))
                            ? $"node-llama-cpp is not installed in {nodeHome} (npm install --prefix bench/peers, or set LANGGAP_NODE_LLAMA_CPP)" : null);
                var pytorch = Peer("PyTorch", python, () => RunPeer(python, [Path.Combine(root, "bench", "torch_generate_peer.py"), ModelSource.EmbeddedDirectory],
                    Request(gguf, prompts, tokens, threads, runs)), skipFirst: false,
                    missing: File.Exists(python) ? null : $"{python} is missing (apt-get install python3-torch libopenblas0-pthread)");
                Console.WriteLine();
                Console.WriteLine(string.Create(inv, $"{sequences} sequence{(sequences == 1 ? "" : "s")}:"));
                Console.WriteLine(ours.Describe(sequences == 1 ? "LangGap (TorchSharp), TextGenerator" : "LangGap (TorchSharp), ContinuousBatcher", null));
                // At one sequence the batcher's slot cache is timed too (what `langgap eval` decodes with), beside the generator.
                var slot = sequences == 1 ? MeasureLangGap(model, prompts, tokens, runs, batcher: true) : null;
                if (slot is not null)
                {
                    Console.WriteLine(slot.Describe("LangGap (TorchSharp), ContinuousBatcher", ours));
                }
                foreach (var peer in new[] { llama, pytorch })
                {
                    Console.WriteLine(peer.Describe(peer.Name, ours));
                }
                foreach (var (side, engine) in new[] { (ours, sequences == 1 ? "TextGenerator" : "ContinuousBatcher"), (slot, "ContinuousBatcher") })
                {
                    if (side is not null)
                    {
                        rows.Add(string.Create(inv,
                            $"| {sequences} × {tokens} tokens, {threads} thread{(threads == 1 ? "" : "s")} | {side.TokensPerSecond:N0} tok/s ({engine}) | {Cell(llama, side)} | {Cell(pytorch, side)} |"));
                    }
                }
            }
        }
        finally
        {
            File.Delete(gguf);
        }
        Console.WriteLine();
        Console.WriteLine("| sequences | LangGap | llama.cpp (node-llama-cpp) | PyTorch eager |");
        Console.WriteLine("|---|---|---|---|");
        rows.ForEach(Console.WriteLine);
        await Task.CompletedTask;
        return 0;
    }

    private static string Cell(Side peer, Side ours) => peer.Missing is not null
        ? "skipped"
        : string.Create(CultureInfo.InvariantCulture, $"{peer.TokensPerSecond:N0} tok/s (LangGap {ours.TokensPerSecond / peer.TokensPerSecond:F2}×)");

    private static Side MeasureLangGap(PretrainedModel model, int[][] prompts, int tokens, int runs, bool batcher = false)
    {
        var options = new SamplingOptions { Greedy = true, MaxNewTokens = tokens, EosTokenIds = [] };
        var generator = new TextGenerator(model);
        List<int[]> Once()
        {
            if (prompts.Length == 1 && !batcher)
            {
                return [[.. generator.Generate(prompts[0], options).Ids]];
            }
            using var continuous = new ContinuousBatcher(model, maxBatchSize: prompts.Length);
            var tasks = prompts.Select(p => continuous.GenerateAsync(p, options)).ToArray();
            return Task.WhenAll(tasks).GetAwaiter().GetResult().Select(r => r.Ids.ToArray()).ToList();
        }
        // Three untimed runs: with one, the generator timed first in the process ran ~0.75x as fast per CPU-second
        // as when timed after the batcher (tiered JIT or load; not isolated), so warm-up must not decide the order.
        var outputs = Once();
        Once();
        Once();
        var side = new Side("LangGap", null) { Outputs = outputs };
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = Once();
            var wall = clock.Elapsed.TotalSeconds;
            process.Refresh();
            side.Runs.Add((wall, (process.TotalProcessorTime - cpu).TotalSeconds, result.Sum(r => r.Length)));
        }
        return side;
    }

    private static Side Peer(string name, string tool, Func<JsonNode> run, bool skipFirst, string? missing)
    {
        if (missing is not null)
        {
            return new Side(name, missing);
        }
        var json = run();
        var side = new Side($"{name} ({json["engine"]!.GetValue<string>()})", null)
        {
            Outputs = json["outputs"]!.AsArray().Select(o => o!.AsArray().Select(t => t!.GetValue<int>()).ToArray()).ToList(),
        };
        foreach (var r in json["runs"]!.AsArray().Skip(skipFirst ? 1 : 0))
        {
            side.Runs.Add((r!["seconds"]!.GetValue<double>(), r["cpu_seconds"]!.GetValue<double>(), r["generated"]!.GetValue<int>()));
        }
        return side;
    }

    private static JsonObject Request(string gguf, int[][] prompts, int tokens, int threads, int runs) => new()
    {
        ["model"] = gguf,
        ["threads"] = threads,
        ["prompts"] = new JsonArray(prompts.Select(p => (JsonNode)new JsonArray(p.Select(i => (JsonNode?)i).ToArray())).ToArray()),
        ["max_tokens"] = tokens,
        ["stop_at_eog"] = false,
        ["runs"] = runs,
    };

    private static JsonNode RunPeer(string program, string[] arguments, JsonObject request, params (string Name, string Value)[] environment)
    {
        var path = Path.Combine(Path.GetTempPath(), $"langgap-peer-request-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, request.ToJsonString());
        try
        {
            var start = new ProcessStartInfo(program, [.. arguments, path]) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}");
            }
            return JsonNode.Parse(stdout)!;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>One engine's runs: wall seconds, CPU seconds and tokens generated, plus the outputs of its first run.</summary>
    private sealed class Side(string name, string? missing)
    {
        public string Name { get; } = name;

        public string? Missing { get; } = missing;

        public List<(double Wall, double Cpu, int Tokens)> Runs { get; } = [];

        public List<int[]> Outputs { get; init; } = [];

        public double TokensPerSecond => Median(Runs.Select(r => r.Tokens / r.Wall));

        public string Describe(string label, Side? ours)
        {
            var inv = CultureInfo.InvariantCulture;
            if (Missing is not null)
            {
                return $"  {label}: skipped — {Missing}";
            }
            var rates = Runs.Select(r => r.Tokens / r.Wall).ToList();
            var cpu = Median(Runs.Select(r => r.Tokens / r.Cpu));
            var text = string.Create(inv,
                $"  {label,-40} {TokensPerSecond,8:N0} tok/s wall ({rates.Min():N0}–{rates.Max():N0}), {cpu,8:N0} tok per CPU-second, median wall {Median(Runs.Select(r => r.Wall)):F2} s");
            if (ours is not null)
            {
                var same = Outputs.Zip(ours.Outputs).Count(p => p.First.SequenceEqual(p.Second));
                text += string.Create(inv,
                    $"\n  {"",-40} LangGap ÷ this: {ours.TokensPerSecond / TokensPerSecond:F2}× wall, {Median(ours.Runs.Select(r => r.Tokens / r.Cpu)) / cpu:F2}× per CPU-second; identical outputs {same}/{ours.Outputs.Count}");
            }
            return text;
        }

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
