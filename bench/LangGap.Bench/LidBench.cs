using System.Diagnostics;
using LangGap.Identification;

namespace LangGap.Bench;

/// <summary>
/// <c>lid</c>: LangGap's language identification against <c>fasttext predict-prob</c> (Debian package) on the same
/// input: identical top-1 labels on every line, and lines per second, whole process and in process.
/// </summary>
/// <remarks>
/// Options: <c>--input FILE</c> (default: every <c>*.devtest</c> file of ../shared/data/flores200-devtest, concatenated
/// into a temporary file), <c>--langgap PATH</c> (default: the Release build of the CLI), <c>--fasttext PATH</c>,
/// <c>--repeat N</c> (best of N, default 3), <c>--in-process-only</c>, <c>--stages</c> (CPU time of tokenizing vs whole
/// prediction). Build the CLI first: <c>dotnet build LangGap.slnx -c Release</c>.
/// </remarks>
internal static class LidBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = FindRepositoryRoot();
        var input = Option(args, "--input") ?? ConcatenateFlores(root);
        var langgap = Option(args, "--langgap") ?? Path.Combine(root, "src/LangGap.Cli/bin/Release/net10.0/langgap");
        var fasttext = Option(args, "--fasttext") ?? "/usr/bin/fasttext";
        var repeat = int.Parse(Option(args, "--repeat") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
        var model = Path.Combine(Path.GetTempPath(), "langgap-lid-bench-lid.176.ftz");
        File.Copy(Path.Combine(root, "assets/models/lid.176.ftz"), model, overwrite: true);
        var lines = File.ReadAllLines(input);
        Console.WriteLine($"input: {input} ({lines.Length} lines), {Environment.ProcessorCount} cores");

        if (args.Contains("--stages"))
        {
            Stages(model, lines, repeat);
            return 0;
        }
        if (args.Contains("--in-process-only"))
        {
            InProcess(model, lines, repeat, default);
            return 0;
        }
        var (ftTime, ftOut) = await BestOfAsync(repeat, fasttext, $"predict-prob {model} {input} 1").ConfigureAwait(false);
        var (lg1Time, lg1Out) = await BestOfAsync(repeat, langgap, $"lid {input} --threads 1").ConfigureAwait(false);
        var (lgNTime, lgNOut) = await BestOfAsync(repeat, langgap, $"lid {input}").ConfigureAwait(false);

        var reference = ftOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0].Replace("__label__", "", StringComparison.Ordinal)).ToArray();
        var mismatches1 = CountMismatches(reference, lg1Out);
        var mismatchesN = CountMismatches(reference, lgNOut);
        Console.WriteLine($"top-1 label mismatches vs fastText: {mismatches1} (1 thread), {mismatchesN} (all cores) of {reference.Length} lines");

        Console.WriteLine();
        Console.WriteLine("whole process (model load included), best of " + repeat);
        Report("fasttext predict-prob (1 thread)", ftTime, lines.Length, ftTime);
        Report("langgap lid --threads 1", lg1Time, lines.Length, ftTime);
        Report("langgap lid (all cores)", lgNTime, lines.Length, ftTime);

        InProcess(model, lines, repeat, ftTime);
        return mismatches1 == 0 && mismatchesN == 0 ? 0 : 1;
    }

    private static void InProcess(string model, string[] lines, int repeat, Timing fastText)
    {
        Console.WriteLine();
        Console.WriteLine("in process (model already loaded), best of " + repeat);
        var load = Stopwatch.StartNew();
        var identifier = LanguageIdentifier.Load(model);
        load.Stop();
        Console.WriteLine($"  model load: {load.Elapsed.TotalMilliseconds:F1} ms");
        identifier.IdentifyBatch(lines, maxDegreeOfParallelism: 1);
        var single = Best(repeat, () => identifier.IdentifyBatch(lines, maxDegreeOfParallelism: 1));
        var all = Best(repeat, () => identifier.IdentifyBatch(lines));
        Report("LanguageIdentifier, 1 thread", single, lines.Length, fastText);
        Report("LanguageIdentifier, all cores", all, lines.Length, fastText);
    }

    // CPU time of each stage of prediction, to see where the time goes.
    private static void Stages(string model, string[] lines, int repeat)
    {
        var bytes = File.ReadAllBytes(model);
        var ft = LangGap.Identification.FastText.FastTextModel.Read(bytes, model);
        var utf8 = lines.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        var scratch = new LangGap.Identification.FastText.PredictionScratch(ft.Args.Dim, ft.Dictionary.LabelCount);
        var rowsTotal = 0L;
        var tokenize = Best(repeat, () =>
        {
            rowsTotal = 0;
            foreach (var line in utf8)
            {
                scratch.Rows.Clear();
                ft.Dictionary.AddLine(line, scratch.Rows, scratch.WordHashes, ref scratch.Word);
                rowsTotal += scratch.Rows.Count;
            }
        });
        var predict = Best(repeat, () =>
        {
            foreach (var line in utf8)
            {
                ft.Predict(line, 1, 0f, scratch);
            }
        });
        Console.WriteLine($"rows per line: {(double)rowsTotal / lines.Length:F1}");
        Report("tokenize + n-gram rows", tokenize, lines.Length, default);
        Report("full prediction", predict, lines.Length, default);
    }

    private static int CountMismatches(string[] reference, string output)
    {
        var ours = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]).ToArray();
        var mismatches = Math.Abs(reference.Length - ours.Length);
        for (var i = 0; i < Math.Min(reference.Length, ours.Length); i++)
        {
            mismatches += reference[i] == ours[i] ? 0 : 1;
        }
        return mismatches;
    }

    private static void Report(string what, Timing time, int lines, Timing fastText) =>
        Console.WriteLine($"  {what,-34} wall {time.Wall.TotalSeconds,6:F3} s {lines / time.Wall.TotalSeconds,9:N0} lines/s"
            + (fastText.Wall > TimeSpan.Zero ? $" ×{fastText.Wall / time.Wall,5:F2}" : "")
            + $" | cpu {time.Cpu.TotalSeconds,6:F3} s {lines / time.Cpu.TotalSeconds,9:N0} lines/cpu-s"
            + (fastText.Cpu > TimeSpan.Zero ? $" ×{fastText.Cpu / time.Cpu,5:F2}" : ""));

    private readonly record struct Timing(TimeSpan Wall, TimeSpan Cpu)
    {
        public Timing Min(Timing other) => new(Wall < other.Wall ? Wall : other.Wall, Cpu < other.Cpu ? Cpu : other.Cpu);
    }

    private static Timing Best(int repeat, Action action)
    {
        var best = new Timing(TimeSpan.MaxValue, TimeSpan.MaxValue);
        using var self = Process.GetCurrentProcess();
        for (var i = 0; i < repeat; i++)
        {
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            self.Refresh();
            best = best.Min(new Timing(watch.Elapsed, self.TotalProcessorTime - cpu));
        }
        return best;
    }

    private static async Task<(Timing Time, string Output)> BestOfAsync(int repeat, string program, string arguments)
    {
        var best = new Timing(TimeSpan.MaxValue, TimeSpan.MaxValue);
        var output = "";
        var cpuFile = Path.GetTempFileName();
        for (var i = 0; i < repeat; i++)
        {
            // /usr/bin/time reports the child's CPU time, which (unlike wall time) a busy machine barely disturbs.
            var timed = File.Exists("/usr/bin/time");
            var start = timed
                ? new ProcessStartInfo("/usr/bin/time", $"-f %U+%S -o {cpuFile} {program} {arguments}") { RedirectStandardOutput = true, UseShellExecute = false }
                : new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, UseShellExecute = false };
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
            output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
            await process.WaitForExitAsync().ConfigureAwait(false);
            watch.Stop();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {arguments} exited with {process.ExitCode}");
            }
            // Without /usr/bin/time (Debian package 'time') the CPU column repeats the wall time.
            var cpu = timed
                ? TimeSpan.FromSeconds(File.ReadAllText(cpuFile).Trim().Split('+').Sum(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture)))
                : watch.Elapsed;
            best = best.Min(new Timing(watch.Elapsed, cpu));
        }
        File.Delete(cpuFile);
        return (best, output);
    }

    private static string ConcatenateFlores(string root)
    {
        var data = Environment.GetEnvironmentVariable("LANGGAP_DATA") ?? Path.Combine(root, "..", "shared", "data");
        var folder = Path.GetFullPath(Path.Combine(data, "flores200-devtest"));
        var target = Path.Combine(Path.GetTempPath(), "langgap-lid-bench-flores.txt");
        using var output = File.Create(target);
        foreach (var file in Directory.GetFiles(folder, "*.devtest").Order(StringComparer.Ordinal))
        {
            using var source = File.OpenRead(file);
            source.CopyTo(output);
        }
        return target;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LangGap.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
