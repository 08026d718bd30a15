using System.Diagnostics;
using LangGap.Metrics;
using LangGap.Text;

namespace LangGap.Bench;

/// <summary>
/// <c>metrics</c>: corpus BLEU and chrF of the 16 WMT17 en→de systems, and sentence-level chrF of one system,
/// timed end to end (reading files, tokenizing, statistics, scores), in process. The side-by-side comparison with
/// sacrebleu, whole process, is the <c>peers</c> benchmark.
/// </summary>
internal static class MetricsBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : Path.Combine(BenchPaths.Reference, "wmt17-en-de");
        var repeats = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        if (!File.Exists(Path.Combine(folder, "reference.txt")))
        {
            Console.Error.WriteLine($"metrics: '{folder}' has no reference.txt (pass the WMT17 en-de folder as the first argument).");
            return 2;
        }
        var systems = Directory.GetFiles(folder, "*.txt").Where(f => Path.GetFileName(f) != "reference.txt").Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"metrics: {systems.Count} systems in {folder}; {Environment.ProcessorCount} cores; best of {repeats} runs after one warm-up");

        await CorpusJobAsync(folder, systems).ConfigureAwait(false); // warm-up: JIT, caches
        var corpusTimes = new List<double>();
        var cpuTimes = new List<double>();
        var segments = 0;
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < repeats; r++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            segments = await CorpusJobAsync(folder, systems).ConfigureAwait(false);
            corpusTimes.Add(watch.Elapsed.TotalSeconds);
            process.Refresh();
            cpuTimes.Add((process.TotalProcessorTime - cpu).TotalSeconds);
        }
        var best = corpusTimes.Min();
        Console.WriteLine($"corpus BLEU + chrF, {systems.Count} systems × 2 metrics: best {best:F3} s wall, median {Median(corpusTimes):F3} s, " +
            $"{2 * segments / best:N0} segment-scores/s; CPU time best {cpuTimes.Min():F3} s (all cores)");

        var sentenceTimes = new List<double>();
        var system = systems[0];
        for (var r = 0; r <= repeats; r++)
        {
            var watch = Stopwatch.StartNew();
            var reference = await LineFile.ReadAllLinesAsync(Path.Combine(folder, "reference.txt"), null, CancellationToken.None).ConfigureAwait(false);
            var hypotheses = await LineFile.ReadAllLinesAsync(system, null, CancellationToken.None).ConfigureAwait(false);
            var metric = new ChrFMetric();
            var stats = metric.ComputeStatistics(hypotheses, [reference]);
            var sum = 0.0;
            for (var i = 0; i < stats.Count; i++)
            {
                sum += metric.ScoreSegment(stats.Row(i)).Score;
            }
            if (r > 0)
            {
                sentenceTimes.Add(watch.Elapsed.TotalSeconds);
            }
            segments = stats.Count;
            GC.KeepAlive(sum);
        }
        var bestSentence = sentenceTimes.Min();
        Console.WriteLine($"sentence chrF, {Path.GetFileName(system)} ({segments} segments): best {bestSentence:F3} s, {segments / bestSentence:N0} segments/s");
        return 0;
    }

    // Reads the reference and every system, then scores each with BLEU and chrF; returns segments per metric.
    private static async Task<int> CorpusJobAsync(string folder, IReadOnlyList<string> systems)
    {
        var reference = await LineFile.ReadAllLinesAsync(Path.Combine(folder, "reference.txt"), null, CancellationToken.None).ConfigureAwait(false);
        var hypotheses = await Task.WhenAll(systems.Select(s => LineFile.ReadAllLinesAsync(s, null, CancellationToken.None))).ConfigureAwait(false);
        ICorpusMetric[] metrics = [new BleuMetric(), new ChrFMetric()];
        foreach (var metric in metrics)
        {
            foreach (var statistics in metric.ComputeStatistics(hypotheses, [reference]))
            {
                GC.KeepAlive(metric.Score(statistics.Total()));
            }
        }
        var segments = hypotheses.Sum(h => h.Count);
        return segments;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
