using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Models;
using LangGap.Storage;
using LangGap.Tests.Models;

namespace LangGap.Tests.Evaluation;

/// <summary>The run against a faulty OpenAI-compatible server, the kill-and-resume test and the secret-leak scan.</summary>
public sealed class ReliabilityTests
{
    private static Func<FakeRequest, FakeReply> FaultyServer(ConcurrentDictionary<int, int> attempts) => request =>
    {
        var i = ReliabilityScenario.Index(request);
        var attempt = attempts.AddOrUpdate(i, 1, (_, n) => n + 1);
        return (i % 10, attempt) switch
        {
            (0, _) => FakeReply.Error(500),
            (6, _) => FakeReply.Malformed,
            (1, 1) => FakeReply.Error(429, retryAfterSeconds: i == 1 ? 1 : null),
            (2, 1) => FakeReply.Error(503),
            (3, 1) => FakeReply.Dropped,
            (4, 1) => FakeReply.Malformed,
            (5, 1) => new FakeReply { Delay = TimeSpan.FromSeconds(20) },
            _ => ReliabilityScenario.Answer(request),
        };
    };

    [Fact]
    public async Task RunAsync_FaultyServer_RetriesRecordsFailuresAndCompletes()
    {
        using var directory = new TestDirectory();
        var data = directory.File("data.jsonl");
        await ReliabilityScenario.WriteDatasetAsync(data, 40);
        var attempts = new ConcurrentDictionary<int, int>();
        await using var server = new FakeOpenAIServer(FaultyServer(attempts));
        var log = new ConcurrentQueue<string>();
        RunSummary summary;
        IReadOnlyList<GenerationRecord> generations;
        IReadOnlyList<ScoreRecord> scores;
        using (var registry = new ModelRegistry(ReliabilityScenario.Models(server.BaseUrl, directory.File("cache")), environment: Key))
        await using (var store = await RunStore.OpenAsync(directory.File("run.db"), default))
        {
            summary = await new EvaluationRunner().RunAsync(ReliabilityScenario.Run(data, registry), store, new LogProgress(log), default);
            generations = await store.ReadGenerationsAsync(default);
            scores = await store.ReadScoresAsync(default);
            log.Enqueue(summary.ToString());
            log.Enqueue(registry.Usage.Snapshot().ToString());
        }

        Assert.True(summary.Completed, summary.StopReason);
        Assert.Equal(40, generations.Count);
        var failed = generations.Where(g => g.Status == GenerationStatus.Failed).ToList();
        Assert.Equal(8, failed.Count);
        Assert.All(failed, g => Assert.Equal(4, g.Attempts));
        Assert.All(failed.Where(g => g.SampleId.EndsWith('0')), g => Assert.Contains("500", g.FailureReason));
        Assert.All(failed.Where(g => g.SampleId.EndsWith('6')), g => Assert.Contains("not valid completion JSON", g.FailureReason));
        var recovered = generations.Where(g => g.Status == GenerationStatus.Ok && "12345".Contains(g.SampleId[^1])).ToList();
        Assert.Equal(20, recovered.Count);
        Assert.All(recovered, g => Assert.Equal(2, g.Attempts));
        Assert.Equal(32, scores.Count);
        Assert.All(scores, s => Assert.Equal(1, s.Value));
        Assert.All(server.Requests, r => Assert.Equal($"Bearer {ReliabilityScenario.ApiKey}", r.Authorization));
        Assert.Empty(ReliabilityScenario.FilesContainingKey(directory.Path));
        Assert.DoesNotContain(log, line => line.Contains(ReliabilityScenario.ApiKey, StringComparison.Ordinal));
        Assert.DoesNotContain(generations, g => (g.FailureReason ?? "").Contains(ReliabilityScenario.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ChildProcessKilledMidRun_ResumesWithNothingLostOrDuplicated()
    {
        const int Total = 400;
        using var directory = new TestDirectory();
        await ReliabilityScenario.WriteDatasetAsync(directory.File("data.jsonl"), Total);
        // After 120 requests the server stalls, so the child is certainly killed mid-run with requests in flight.
        var stalled = new StrongBox<bool>(true);
        await using var server = new FakeOpenAIServer(r => ReliabilityScenario.Answer(r) with
        {
            Delay = Volatile.Read(ref stalled.Value) && r.Number > 120 ? TimeSpan.FromSeconds(60) : TimeSpan.FromMilliseconds(2),
        }) { KeepRequests = false };

        using (var child = StartChild(directory.Path, server.BaseUrl))
        {
            var watch = Stopwatch.StartNew();
            while (server.RequestCount < 128 && !child.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(10);
            }
            await Task.Delay(200);
            if (child.HasExited)
            {
                Assert.Fail($"The child exited with {child.ExitCode} before it could be killed: {await child.StandardError.ReadToEndAsync()}");
            }
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
        Volatile.Write(ref stalled.Value, false);
        IReadOnlyList<GenerationRecord> beforeResume;
        await using (var store = await RunStore.OpenAsync(directory.File("run.db"), default))
        {
            beforeResume = await store.ReadGenerationsAsync(default);
        }
        RunSummary summary;
        IReadOnlyList<GenerationRecord> after;
        IReadOnlyList<ScoreRecord> scores;
        using (var registry = new ModelRegistry(ReliabilityScenario.Models(server.BaseUrl, directory.File("cache")), environment: Key))
        await using (var store = await RunStore.OpenAsync(directory.File("run.db"), default))
        {
            summary = await new EvaluationRunner().RunAsync(ReliabilityScenario.Run(directory.File("data.jsonl"), registry), store, null, default);
            after = await store.ReadGenerationsAsync(default);
            scores = await store.ReadScoresAsync(default);
        }

        var okBefore = beforeResume.Where(g => g.Status == GenerationStatus.Ok).ToList();
        Assert.InRange(okBefore.Count, 1, Total - 1);
        Assert.True(summary.Completed);
        Assert.Equal(okBefore.Count, summary.Skipped);
        Assert.Equal(Total - okBefore.Count, summary.Generated);
        Assert.Equal(Total, after.Count);
        Assert.Equal(Total, after.Select(g => (g.SampleId, g.Model, g.SampleIndex)).Distinct().Count());
        Assert.All(after, g => Assert.Equal(GenerationStatus.Ok, g.Status));
        var byKey = after.ToDictionary(g => g.Key);
        Assert.All(okBefore, g => Assert.Equal(g, byKey[g.Key]));
        Assert.Equal(Total, scores.Count);
        Assert.Equal(Total, scores.Select(s => (s.GenerationKey, s.Scorer)).Distinct().Count());
        Assert.All(scores, s => Assert.Equal(1, s.Value));
    }

    private static string? Key(string name) => name == ReliabilityScenario.KeyVariable ? ReliabilityScenario.ApiKey : null;

    private static Process StartChild(string directory, Uri baseUrl)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(Program).Assembly.Location, "resume-probe", directory, baseUrl.ToString() })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment[ReliabilityScenario.KeyVariable] = ReliabilityScenario.ApiKey;
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the child process.");
    }

    private sealed class LogProgress(ConcurrentQueue<string> log) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => log.Enqueue(value.ToString());
    }
}
