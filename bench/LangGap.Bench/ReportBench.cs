using System.Diagnostics;
using System.Globalization;
using LangGap.Evaluation.Scoring;
using LangGap.Reports;
using LangGap.Storage;

namespace LangGap.Bench;

/// <summary>Builds a synthetic run store with a million scores and times the report over it (aggregation, intervals, paired tests).</summary>
/// <remarks>
/// The store: 2 models × 10 languages × P prompts, each generation scored by chrF (with its 18 segment statistics, so
/// corpus scores are summed) and by a binary pass/fail scorer; P is chosen so the store holds <c>--scores</c> scores
/// (default 1,000,000). Values come from a seeded generator, so every run builds the same store.
/// </remarks>
internal static class ReportBench
{
    private static readonly string[] Languages = ["en", "es", "fr", "de", "ru", "zh", "ar", "hi", "bn", "sw"];

    public static async Task<int> RunAsync(string[] args)
    {
        var scores = args.Length > 1 && args[0] == "--scores" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var prompts = scores / (2 * Languages.Length * 2);
        var directory = Directory.CreateTempSubdirectory("langgap-report-bench-");
        try
        {
            var path = Path.Combine(directory.FullName, "run.db");
            var build = Stopwatch.StartNew();
            var total = await BuildStoreAsync(path, prompts);
            build.Stop();
            Console.WriteLine($"report bench: {total:N0} scores ({2 * Languages.Length * prompts:N0} generations, 2 models × {Languages.Length} languages × {prompts:N0} prompts, chrF with statistics + pass/fail); store built in {build.Elapsed.TotalSeconds:F1} s, {new FileInfo(path).Length / 1e6:F0} MB");
            if (Environment.GetEnvironmentVariable("LANGGAP_BENCH_STAGES") == "1")
            {
                await using var s = await RunStore.OpenAsync(path, default);
                var w = new CpuWatch();
                long n = 0;
                await foreach (var row in s.StreamScoresAsync(null, default)) n++;
                Console.WriteLine($"stream {n}: {w.Seconds:F2}"); w.Restart();
                await s.ReadGenerationSummaryAsync(default); Console.WriteLine($"summary: {w.Seconds:F2}"); w.Restart();
                await s.ReadExamplesAsync(1, default); Console.WriteLine($"examples: {w.Seconds:F2}"); w.Restart();
                await s.ReadSignaturesAsync(default); Console.WriteLine($"signatures: {w.Seconds:F2}"); w.Restart();
                await LangGap.Evaluation.Aggregation.ScoreAggregator.AggregateAsync(s, null, default); Console.WriteLine($"aggregate: {w.Seconds:F2}"); w.Restart();
                var r = new Random(1);
                var pairs = new LangGap.Statistics.Paired.PairedScores([.. Enumerable.Range(0, prompts).Select(_ => r.NextDouble())], [.. Enumerable.Range(0, prompts).Select(_ => r.NextDouble())]);
                for (var i = 0; i < 20; i++) LangGap.Statistics.Paired.PairedBootstrapTest.Run(pairs, 1000, 12345);
                Console.WriteLine($"20 bootstraps of {prompts} pairs: {w.Seconds:F2}");
            }
            for (var round = 1; round <= 3; round++)
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                await using var store = await RunStore.OpenAsync(path, default);
                var report = await ReportBuilder.BuildAsync(store, new ReportOptions(), default);
                var text = new StringWriter();
                TextReportRenderer.Render(report, text);
                watch.Stop();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}: report in {watch.Elapsed.TotalSeconds:F2} s wall ({cpu.TotalSeconds:F2} s CPU), {report.Cells.Count} cells, {report.Comparisons.Count} paired tests, "
                    + $"{total / watch.Elapsed.TotalSeconds:N0} scores/s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
            }
            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<long> BuildStoreAsync(string path, int prompts)
    {
        var when = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var chrf = ScorerDefinition.Of(ReferenceMetricScorer.ChrF());
        var pass = new ScorerDefinition(ScorerIdentity.Of("pass", null), ScoreDescriptor.PassRate, null, null);
        await using var store = await RunStore.OpenAsync(path, default);
        await store.AddRunAsync(new RunMetadata("bench", when, """{"tasks":[{"name":"bench"}],"models":[{"id":"base"},{"id":"tuned"}]}""", "{}", 0), default);
        await store.AddScorersAsync([chrf.ToRecord(when), pass.ToRecord(when)], default);
        var random = new Random(12345);
        long count = 0;
        await using var writer = await store.CreateWriterAsync(new RunStoreWriterOptions { MaxBatchSize = 16384, Capacity = 65536 });
        foreach (var language in Languages)
        {
            for (var p = 0; p < prompts; p++)
            {
                foreach (var model in new[] { "base", "tuned" })
                {
                    var key = $"{model}|{language}|{p}";
                    await writer.AddAsync(new GenerationRecord(key, "bench", "bench", $"{language}-{p:D6}", language, 0, model, 0, "[]", "text", 1, 1, 1, 1,
                        GenerationStatus.Ok, null, "stop", when));
                    var stats = new double[18];
                    for (var i = 0; i < 18; i += 3)
                    {
                        stats[i] = 20 + random.Next(20);          // hypothesis n-grams
                        stats[i + 1] = 20 + random.Next(20);      // reference n-grams
                        stats[i + 2] = random.Next((int)Math.Min(stats[i], stats[i + 1]) + 1); // matches
                    }
                    await writer.AddAsync(new ScoreRecord(key, chrf.Identity.Key, random.NextDouble() * 100, null, null, when) { Statistics = stats, Signature = "nrefs:1|bench" });
                    await writer.AddAsync(new ScoreRecord(key, pass.Identity.Key, random.Next(2), null, null, when));
                    count += 2;
                }
            }
        }
        return count;
    }
}

/// <summary>Process CPU time since the last restart (wall time means little on a loaded machine).</summary>
internal sealed class CpuWatch
{
    private TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;

    public double Seconds => (Process.GetCurrentProcess().TotalProcessorTime - _start).TotalSeconds;

    public void Restart() => _start = Process.GetCurrentProcess().TotalProcessorTime;
}
