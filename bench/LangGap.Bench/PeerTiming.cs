using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace LangGap.Bench;

/// <summary>Times a <see cref="PeerJob"/>: both commands in turn, whole process, wall and CPU seconds per run.</summary>
internal sealed class PeerTiming
{
    private readonly PeerJob _job;
    private readonly List<(double Wall, double Cpu)> _ours = [];
    private readonly List<(double Wall, double Cpu)> _theirs = [];

    private PeerTiming(PeerJob job) => _job = job;

    /// <summary>True when the warm-up outputs passed the job's check.</summary>
    public bool OutputsAgree { get; private set; } = true;

    private string CheckNote { get; set; } = "";

    /// <summary>Runs one untimed warm-up pair (its outputs are checked), then <paramref name="runs"/> timed pairs.</summary>
    public static async Task<PeerTiming> MeasureAsync(PeerJob job, int runs)
    {
        var timing = new PeerTiming(job);
        var ours = Path.GetTempFileName();
        var theirs = Path.GetTempFileName();
        try
        {
            await RunAsync(job.Ours!, ours).ConfigureAwait(false);
            await RunAsync(job.Theirs!, theirs).ConfigureAwait(false);
            timing.Check(ours, theirs);
            for (var i = 0; i < runs; i++)
            {
                timing._ours.Add(await RunAsync(job.Ours!, ours).ConfigureAwait(false));
                timing._theirs.Add(await RunAsync(job.Theirs!, theirs).ConfigureAwait(false));
            }
        }
        finally
        {
            File.Delete(ours);
            File.Delete(theirs);
        }
        return timing;
    }

    /// <summary>The commands and every figure, for the console.</summary>
    public string Describe() =>
        $"{_job.Name}: {_job.Title}\n" +
        $"  LangGap: {_job.Ours!.ShellText}\n" +
        $"  peer:    {_job.Theirs!.ShellText}\n" +
        $"  LangGap wall {Spread(_ours.Select(r => r.Wall))} s, cpu {Spread(_ours.Select(r => r.Cpu))} s\n" +
        $"  {_job.Theirs.Label} wall {Spread(_theirs.Select(r => r.Wall))} s, cpu {Spread(_theirs.Select(r => r.Cpu))} s\n" +
        $"  ratio of medians {Ratio():F1}× (pairwise {Spread(PairRatios(), "F1")}); goal ≥ {_job.Goal:0}×; outputs: {CheckNote}";

    /// <summary>The README table row.</summary>
    public string MarkdownRow()
    {
        var ratio = Ratio();
        var pairs = PairRatios().Order().ToList();
        return $"| {_job.Title} | {Seconds(_ours)} | {_job.Theirs!.Label}: {Seconds(_theirs)} | **{ratio:0.#}×** ({pairs[0]:0.#}–{pairs[^1]:0.#}) | " +
            $"≥ {_job.Goal:0}× {(ratio >= _job.Goal ? "✓" : "— not met")} |";
    }

    private double Ratio() => Median(_theirs.Select(r => r.Wall)) / Median(_ours.Select(r => r.Wall));

    private IEnumerable<double> PairRatios() => _ours.Zip(_theirs, (a, b) => b.Wall / a.Wall);

    private static string Seconds(List<(double Wall, double Cpu)> runs)
    {
        var walls = runs.Select(r => r.Wall).Order().ToList();
        var format = walls[^1] < 10 ? "0.00" : "0.0";
        return $"{Median(walls).ToString(format, CultureInfo.InvariantCulture)} s ({walls[0].ToString(format, CultureInfo.InvariantCulture)}–{walls[^1].ToString(format, CultureInfo.InvariantCulture)})";
    }

    private static string Spread(IEnumerable<double> values, string format = "F3")
    {
        var sorted = values.Order().ToList();
        return $"median {Median(sorted).ToString(format, CultureInfo.InvariantCulture)} " +
            $"(min {sorted[0].ToString(format, CultureInfo.InvariantCulture)}, max {sorted[^1].ToString(format, CultureInfo.InvariantCulture)})";
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private void Check(string ours, string theirs)
    {
        switch (_job.Check)
        {
            case OutputCheck.Identical:
                var same = File.ReadAllBytes(ours).AsSpan().SequenceEqual(File.ReadAllBytes(theirs));
                OutputsAgree = same;
                CheckNote = same ? $"byte-identical ({new FileInfo(ours).Length:N0} bytes)" : "DIFFER";
                break;
            case OutputCheck.MetricScores:
                var mine = JsonDocument.Parse(File.ReadAllText(ours)).RootElement.GetProperty("results").EnumerateArray()
                    .Select(r => (r.GetProperty("metric").GetString()!, r.GetProperty("score").GetDouble().ToString("F1", CultureInfo.InvariantCulture)))
                    .ToList();
                var json = File.ReadAllText(theirs);
                var peer = JsonDocument.Parse(json[json.IndexOf('[', StringComparison.Ordinal)..]).RootElement.EnumerateArray()
                    .SelectMany(s => s.EnumerateObject().Where(p => p.Name != "system").Select(p => (p.Name, p.Value.GetString()!)))
                    .ToList();
                OutputsAgree = mine.SequenceEqual(peer);
                CheckNote = OutputsAgree ? $"all {mine.Count} scores equal to sacrebleu's printed precision" : "scores DIFFER";
                break;
            default:
                CheckNote = "compared by the parity tests";
                break;
        }
    }

    private static async Task<(double Wall, double Cpu)> RunAsync(PeerCommand command, string outputFile)
    {
        var start = new ProcessStartInfo(command.Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in command.Environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var cpuBefore = ChildrenCpuSeconds();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start '{command.Program}'.");
        process.StandardInput.Close();
        await using (var file = File.Create(outputFile))
        {
            var copy = process.StandardOutput.BaseStream.CopyToAsync(file);
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().ConfigureAwait(false);
            var wall = watch.Elapsed.TotalSeconds;
            await copy.ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{command.ShellText}' exited with {process.ExitCode}: {await error.ConfigureAwait(false)}");
            }
            return (wall, ChildrenCpuSeconds() - cpuBefore);
        }
    }

    // User + system seconds of every reaped child (getrusage(RUSAGE_CHILDREN)); the difference around one run is that run's.
    private static double ChildrenCpuSeconds()
    {
        var usage = new long[18];
        return GetResourceUsage(-1, usage) == 0 ? usage[0] + usage[1] / 1e6 + usage[2] + usage[3] / 1e6 : double.NaN;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, [Out] long[] usage);
}
