using System.Diagnostics;
using LangGap.Metrics;
using LangGap.Metrics.Significance;
using LangGap.Statistics.Resampling;
using LangGap.Text;

namespace LangGap.Bench;

/// <summary>
/// Paired bootstrap (1000) and approximate randomisation (10000) of the 15 WMT17 en→de systems against LIUM-NMT,
/// BLEU and chrF together, in process and through <c>langgap compare</c>. The side-by-side comparison with sacrebleu,
/// whole process, is the <c>peers</c> benchmark.
/// </summary>
internal static class SignificanceBench
{
    private const string Baseline = "LIUM-NMT.4900.en-de";

    public static async Task<int> RunAsync(string[] args)
    {
        var reference = args.Length > 0 ? args[0] : FindReference();
        var folder = Path.Combine(reference, "wmt17-en-de");
        Console.WriteLine("significance: WMT17 en-de, 16 systems x 3004 segments, baseline LIUM-NMT, BLEU + chrF2");
        Console.WriteLine($"cores: {Environment.ProcessorCount}; load average {LoadAverage()} (wall times stretch with load; cpu is this process's CPU time)");

        foreach (var method in new[] { PairedTestMethod.Bootstrap, PairedTestMethod.ApproximateRandomization })
        {
            // Warm-up once (JIT), then three timed runs that each read, tokenise and test from scratch.
            await RunOnceAsync(folder, method);
            var times = new List<double>();
            var cpu = new List<double>();
            using var self = Process.GetCurrentProcess();
            for (var run = 0; run < 3; run++)
            {
                self.Refresh();
                var cpuBefore = self.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                await RunOnceAsync(folder, method);
                times.Add(watch.Elapsed.TotalSeconds);
                self.Refresh();
                cpu.Add((self.TotalProcessorTime - cpuBefore).TotalSeconds);
            }
            var best = times.Min();
            Console.WriteLine($"{(method == PairedTestMethod.Bootstrap ? "paired bootstrap (1000)" : "approximate randomisation (10000)"),-36}" +
                $" LangGap in-process {best:F3} s (runs: {string.Join(", ", times.Select(t => t.ToString("F3")))})" +
                $" cpu {cpu.Min():F3} s");
        }

        var cli = FindCli();
        if (cli is not null)
        {
            foreach (var flag in new[] { "--paired-bs", "--paired-ar" })
            {
                var times = new List<double>();
                for (var run = 0; run < 3; run++)
                {
                    times.Add(await TimeCliAsync(cli, folder, flag));
                }
                Console.WriteLine($"langgap compare {flag} (whole process, 16 files)      best {times.Min():F3} s (runs: {string.Join(", ", times.Select(t => t.ToString("F3")))})");
            }
        }
        else
        {
            Console.WriteLine("langgap CLI not built in Release; build src/LangGap.Cli -c Release to time it end to end.");
        }
        return 0;
    }

    private static async Task<IReadOnlyList<PairedMetricResult>> RunOnceAsync(string folder, PairedTestMethod method)
    {
        var (names, hypotheses, references) = await ReadSystemsAsync(folder);
        ICorpusMetric[] metrics = [new BleuMetric(), new ChrFMetric()];
        return CorpusComparison.Run(metrics, names, hypotheses, [references], new PairedTestOptions(method));
    }

    internal static async Task<(string[] Names, IReadOnlyList<string>[] Hypotheses, IReadOnlyList<string> References)> ReadSystemsAsync(string folder)
    {
        var others = Directory.GetFiles(folder, "*.txt")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(n => n != "reference" && n != Baseline)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var names = new[] { Baseline }.Concat(others).ToArray();
        var files = names.Select(n => Path.Combine(folder, n + ".txt")).Append(Path.Combine(folder, "reference.txt")).ToArray();
        var lines = await Task.WhenAll(files.Select(f => LineFile.ReadAllLinesAsync(f, null, CancellationToken.None)));
        return (names, lines[..^1], lines[^1]);
    }

    private static async Task<double> TimeCliAsync(string cli, string folder, string flag)
    {
        var (names, _, _) = await ReadSystemsAsync(folder);
        var info = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "compare", "--ref", Path.Combine(folder, "reference.txt"), "--metric", "bleu", "chrf", flag, "--format", "json" })
        {
            info.ArgumentList.Add(a);
        }
        foreach (var name in names)
        {
            info.ArgumentList.Add("--hyp");
            info.ArgumentList.Add(Path.Combine(folder, name + ".txt"));
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"langgap exited {process.ExitCode}: {await error}");
        }
        await output;
        return elapsed;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string FindReference()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LangGap.slnx")))
        {
            dir = dir.Parent;
        }
        var root = dir?.FullName ?? throw new InvalidOperationException("Cannot find LangGap.slnx above the benchmark binaries.");
        return Environment.GetEnvironmentVariable("LANGGAP_REFERENCE") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "reference"));
    }

    private static string? FindCli()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LangGap.slnx")))
        {
            dir = dir.Parent;
        }
        var cli = dir is null ? null : Path.Combine(dir.FullName, "src", "LangGap.Cli", "bin", "Release", "net10.0", "langgap");
        return cli is not null && File.Exists(cli) ? cli : null;
    }
}
