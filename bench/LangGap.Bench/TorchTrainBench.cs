using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using LangGap.Torch.Modules;
using LangGap.Torch.Training;
using TorchSharp;

namespace LangGap.Bench;

/// <summary>Training-step time of the embedded model's network: LangGap (TorchSharp) against PyTorch (bench/torch_train_peer.py).</summary>
internal static class TorchTrainBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var steps = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var warmup = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        const int threads = 2, batch = 16, length = 256;
        torch.set_num_threads(threads);
        var random = new Random(0);
        var tokens = Enumerable.Range(0, 200_000).Select(_ => random.Next(256)).ToArray();
        var corpus = new TokenCorpus(new Dictionary<string, int[]> { ["random"] = tokens }, 0);
        using var model = new CausalLM(EmbeddedModelRecipe.DefaultConfig);
        NextTokenTrainer.Initialize(model, 0.02, 0);
        using var trainer = new NextTokenTrainer(model, corpus, new TrainingOptions { Steps = warmup + steps, BatchSize = batch, SequenceLength = length });
        for (var i = 0; i < warmup; i++)
        {
            trainer.TrainStep();
        }
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < steps; i++)
        {
            trainer.TrainStep();
        }
        var langgap = clock.Elapsed.TotalSeconds / steps;

        var script = Path.Combine(FindRepositoryRoot(), "bench", "torch_train_peer.py");
        var peer = Process.Start(new ProcessStartInfo("/usr/bin/python3", [script, "--steps", $"{steps}", "--warmup", $"{warmup}", "--threads", $"{threads}"])
        {
            RedirectStandardOutput = true,
        })!;
        var output = await peer.StandardOutput.ReadToEndAsync();
        await peer.WaitForExitAsync();
        if (peer.ExitCode != 0)
        {
            Console.Error.WriteLine($"torch-train: the PyTorch peer failed (exit {peer.ExitCode}).");
            return 1;
        }
        var result = JsonNode.Parse(output)!;
        var pytorch = result["seconds_per_step"]!.GetValue<double>();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"command: dotnet run --project bench/LangGap.Bench -c Release -- torch-train {steps} {warmup}   (peer: python3-torch and libopenblas0-pthread from Debian)"));
        Console.WriteLine(string.Create(inv, $"embedded config: {model.parameters().Sum(p => p.numel())} parameters, batch {batch} × {length} tokens, {threads} threads, {steps} timed steps after {warmup} warm-up"));
        Console.WriteLine(string.Create(inv, $"LangGap (TorchSharp 0.107 / libtorch 2.10)  {langgap * 1000,8:F1} ms/step"));
        Console.WriteLine(string.Create(inv, $"PyTorch {result["torch"]}                     {pytorch * 1000,8:F1} ms/step"));
        Console.WriteLine(string.Create(inv, $"ratio LangGap / PyTorch                  {langgap / pytorch,8:F2}×"));
        return 0;
    }

    internal static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LangGap.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find LangGap.slnx above the bench binaries.");
    }
}
