using System.Text.Json;
using LangGap.Tests.Models;

namespace LangGap.Cli.Tests;

/// <summary>Keys that cannot go stale: model identity, resume refusal, suite mistakes, reproducible run ids, retries, export.</summary>
public sealed class EvalResumeTests
{
    internal static async Task<string> SuiteAsync(string dir, string scorers = """[ { "name": "length" } ]""", int copies = 1)
    {
        await File.WriteAllLinesAsync(Path.Combine(dir, "items.jsonl"),
            from language in new[] { "en", "de" } from i in Enumerable.Range(1, 2)
            select $$"""{"id": "{{language}}-{{i}}", "language": "{{language}}", "prompt": "Say {{i}}.", "reference": "{{i}}"}""");
        var suite = Path.Combine(dir, "suite.json");
        await File.WriteAllTextAsync(suite, $$"""
            { "name": "tiny", "defaults": { "generation": { "max_tokens": 3 } },
              "tasks": [ {{string.Join(", ", Enumerable.Repeat(Task(scorers), copies))}} ] }
            """);
        return suite;
    }

    private static string Task(string scorers) => $$"""{ "name": "chat", "dataset": { "format": "jsonl", "path": "items.jsonl" }, "scorers": {{scorers}} }""";

    private static async Task<string> ModelsAsync(string dir, FakeOpenAIServer server, string extra = "", string models = "")
    {
        var path = Path.Combine(dir, "models.json");
        await File.WriteAllTextAsync(path, $$"""
            { "cache_dir": "{{Path.Combine(dir, "cache").Replace("\\", "/")}}", "models": [
              { "id": "a", "model": "model-a", "url": "{{server.BaseUrl}}", "max_retries": 0 {{extra}} } {{models}} ] }
            """);
        return path;
    }

    [Fact]
    public async Task Eval_EndpointSettingChanged_NewFolderCallsServerAgainUnchangedRerunCallsNothing()
    {
        // Arrange
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("hello"));
        var dir = Directory.CreateTempSubdirectory().FullName;
        var suite = await SuiteAsync(dir);
        var models = await ModelsAsync(dir, server);

        // Act
        var first = await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "--models", models, "--out", Path.Combine(dir, "r1"));
        var afterFirst = server.RequestCount;
        var same = await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "--models", models, "--out", Path.Combine(dir, "r2"));
        var afterSame = server.RequestCount;
        await ModelsAsync(dir, server, extra: """, "temperature": 0.7""");
        var changedInFolder = await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "--models", models, "--out", Path.Combine(dir, "r1"));
        var changed = await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "--models", models, "--out", Path.Combine(dir, "r3"));

        // Assert
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(4, afterFirst);
        Assert.True(same.ExitCode == 0, same.Error);
        Assert.Equal(afterFirst, afterSame); // a new folder, but every response is in the cache under the same identity
        Assert.Equal(2, changedInFolder.ExitCode);
        Assert.Contains("Cannot resume", changedInFolder.Error);
        Assert.Contains("model 'a' identity: endpoint:model-a#", changedInFolder.Error);
        Assert.True(changed.ExitCode == 0, changed.Error);
        Assert.Equal(afterFirst + 4, server.RequestCount);
        Assert.Contains("4 generated, 0 from store", changed.Error);
    }

    [Fact]
    public async Task Eval_SeedChangedOnResume_RefusedSayingWhatChanged()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("hello"));
        var dir = Directory.CreateTempSubdirectory().FullName;
        var suite = await SuiteAsync(dir);
        var models = await ModelsAsync(dir, server);
        var run = Path.Combine(dir, "run");
        await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "--models", models, "--out", run);
        var requests = server.RequestCount;

        var result = await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "--models", models, "--out", run, "--seed", "7");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Cannot resume {run}: it holds a run made with other settings (options seed: 0 → 7)", result.Error);
        Assert.Equal(requests, server.RequestCount);
    }

    [Fact]
    public async Task Eval_ScorerSettingsChangedOnResume_RefusedNamingScorerAndKeys()
    {
        // Arrange: a run folder scored with chrF, then the suite asks for chrF++ (word order 2).
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("1"));
        var dir = Directory.CreateTempSubdirectory().FullName;
        var models = await ModelsAsync(dir, server);
        var run = Path.Combine(dir, "run");
        var first = await CliRunner.RunAsync("", "eval", "--suite", await SuiteAsync(dir, """[ { "name": "chrf" } ]"""), "--model", "a", "--models", models, "--out", run);
        var suite = await SuiteAsync(dir, """[ { "name": "chrf", "options": { "word_order": 2 } } ]""");
        var before = await File.ReadAllBytesAsync(Path.Combine(run, "run.db"));

        // Act
        var resumed = await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "--models", models, "--out", run);
        var fresh = await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "--models", models, "--out", Path.Combine(dir, "run2"));

        // Assert
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(2, resumed.ExitCode);
        Assert.Matches($"Cannot resume {System.Text.RegularExpressions.Regex.Escape(run)}: it holds a run made with other settings " +
            @"\(task 'chat' scorer 'chrf' key: chrf@[0-9a-f]{12} → chrf@[0-9a-f]{12}\)", resumed.Error);
        Assert.Equal(before, await File.ReadAllBytesAsync(Path.Combine(run, "run.db")));
        Assert.True(fresh.ExitCode == 0, fresh.Error);
        Assert.Equal(4, server.RequestCount); // the new folder's generations come from the response cache
    }

    [Fact]
    public async Task Eval_SameSuiteInTwoClones_SameRunId()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("hello"));
        var one = Directory.CreateTempSubdirectory().FullName;
        var two = Directory.CreateTempSubdirectory().FullName;
        var models = await ModelsAsync(one, server);
        var first = await CliRunner.RunAsync("", "eval", "--suite", await SuiteAsync(one), "--model", "a", "--models", models, "--out", Path.Combine(one, "run"));
        var second = await CliRunner.RunAsync("", "eval", "--suite", await SuiteAsync(two), "--model", "a", "--models", models, "--out", Path.Combine(two, "run"));

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(16, RunId(first.Error).Length);
        Assert.Equal(RunId(first.Error), RunId(second.Error));
    }

    private static string RunId(string error) => System.Text.RegularExpressions.Regex.Match(error, "run ([0-9a-f]{16}):").Groups[1].Value;

    [Theory]
    [InlineData("""[ { "name": "length" } ]""", "two tasks are named 'chat'", true)]
    [InlineData("""[ { "name": "length" }, { "name": "length" } ]""", "has two scorers named 'length-chars'", false)]
    [InlineData("""[ { "name": "rouge" } ]""", "has scorer 'rouge'", false)]
    [InlineData("""[ { "name": "judge" } ]""", "names no 'judge' model", false)]
    [InlineData("""[ { "name": "judge", "judge": "gpt-judge" } ]""", "task 'chat': judge model 'gpt-judge' is not 'embedded' or a model folder", false)]
    [InlineData("""[ { "name": "length" } ]""", "task 'chat' reads dataset 'items.jsonl', which does not exist", false)]
    public async Task Eval_SuiteMistake_ExitTwoNamingSuiteFile(string scorers, string expected, bool duplicateTask)
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var suite = await SuiteAsync(dir, scorers, duplicateTask ? 2 : 1);
        if (expected.Contains("does not exist", StringComparison.Ordinal))
        {
            File.Delete(Path.Combine(dir, "items.jsonl"));
        }

        var result = await CliRunner.RunAsync("", "eval", "--suite", suite, "--out", Path.Combine(dir, "run"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(suite, result.Error);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("Parameter", result.Error);
        Assert.False(Directory.Exists(Path.Combine(dir, "run")));
    }

    [Fact]
    public async Task Eval_RetryFailed_OnlyWithTheOptionAreFailedGenerationsTriedAgain()
    {
        // Arrange: the server fails every request until it is made healthy.
        var healthy = false;
        await using var server = new FakeOpenAIServer(_ => Volatile.Read(ref healthy) ? FakeReply.Completion("hello") : FakeReply.Error(500));
        var dir = Directory.CreateTempSubdirectory().FullName;
        var suite = await SuiteAsync(dir);
        var models = await ModelsAsync(dir, server);
        var run = Path.Combine(dir, "run");
        string[] args = ["eval", "--suite", suite, "--model", "a", "--models", models, "--out", run, "--max-failures", "1"];

        // Act
        var failing = await CliRunner.RunAsync("", args);
        Volatile.Write(ref healthy, true);
        var plain = await CliRunner.RunAsync("", args);
        var afterPlain = server.RequestCount;
        var retried = await CliRunner.RunAsync("", [.. args, "--retry-failed"]);

        // Assert
        Assert.True(failing.ExitCode == 0, failing.Error);
        Assert.Contains("4 generated, 0 from store, 4 failed", failing.Error);
        Assert.Contains("0 generated, 4 from store", plain.Error);
        Assert.Equal(4, afterPlain);
        Assert.True(retried.ExitCode == 0, retried.Error);
        Assert.Contains("4 generated, 0 from store, 0 failed", retried.Error);
    }

    [Fact]
    public async Task Eval_RetryFailed_ScoresAFailedJudgeLeftUnscoredAgain()
    {
        // Arrange: the judge errors on the first run, then answers.
        var healthy = false;
        var judged = 0;
        await using var server = new FakeOpenAIServer(request =>
        {
            if (!request.LastContent.StartsWith("You are grading", StringComparison.Ordinal))
            {
                return FakeReply.Completion("hello");
            }
            Interlocked.Increment(ref judged);
            return Volatile.Read(ref healthy) ? FakeReply.Completion("Fine.\nScore: 4") : FakeReply.Error(500);
        });
        var dir = Directory.CreateTempSubdirectory().FullName;
        var suite = await SuiteAsync(dir, """[ { "name": "judge", "judge": "judge" } ]""");
        var models = await ModelsAsync(dir, server, models: $$""", { "id": "judge", "model": "judge", "url": "{{server.BaseUrl}}", "max_retries": 0 }""");
        var run = Path.Combine(dir, "run");
        string[] args = ["eval", "--suite", suite, "--model", "a", "--models", models, "--out", run, "--format", "json"];
        await CliRunner.RunAsync("", args);
        Volatile.Write(ref healthy, true);

        // Act
        var plain = await CliRunner.RunAsync("", args);
        var judgedAfterPlain = Volatile.Read(ref judged);
        var retried = await CliRunner.RunAsync("", [.. args, "--retry-failed"]);

        // Assert
        Assert.True(plain.ExitCode == 0, plain.Error);
        Assert.Equal(4, judgedAfterPlain); // the plain rerun asked the judge nothing
        Assert.True(retried.ExitCode == 0, retried.Error);
        Assert.Equal(8, Volatile.Read(ref judged));
        Assert.Contains("0 generated, 4 from store", retried.Error);
        var cells = Cells(retried.Out);
        Assert.Equal(2, cells.Count);
        Assert.All(cells, c => Assert.Equal(4, c.GetProperty("mean").GetDouble()));
    }

    private static List<JsonElement> Cells(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("scorer").GetString() == "judge")];

    [Fact]
    public async Task Export_TwoModels_SignificanceReadsTheFiles()
    {
        // Arrange
        await using var server = new FakeOpenAIServer(request => FakeReply.Completion(
            request.Json.GetProperty("model").GetString() == "model-a" ? "1" : request.LastContent.Contains('1', StringComparison.Ordinal) ? "1" : "2"));
        var dir = Directory.CreateTempSubdirectory().FullName;
        var suite = await SuiteAsync(dir, """[ { "name": "numeric-match" } ]""");
        var models = await ModelsAsync(dir, server, models: $$""", { "id": "b", "model": "model-b", "url": "{{server.BaseUrl}}" }""");
        var run = Path.Combine(dir, "run");
        var eval = await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "b", "--models", models, "--out", run);
        var fileA = Path.Combine(dir, "a.jsonl");
        var fileB = Path.Combine(dir, "b.jsonl");

        // Act
        var exportA = await CliRunner.RunAsync("", "export", run, "--scorer", "numeric-match", "--model", "a", "--out", fileA);
        var exportB = await CliRunner.RunAsync("", "export", run, "--scorer", "numeric-match", "--model", "b", "--out", fileB);
        var significance = await CliRunner.RunAsync("", "significance", "--a", fileA, "--b", fileB, "--test", "mcnemar", "--format", "json");
        var unknown = await CliRunner.RunAsync("", "export", run, "--scorer", "chrf", "--model", "a");

        // Assert
        Assert.True(eval.ExitCode == 0, eval.Error);
        Assert.True(exportA.ExitCode == 0, exportA.Error);
        Assert.Contains("exported 4 'numeric-match' scores of model 'a'", exportA.Error);
        var lines = await File.ReadAllLinesAsync(fileA);
        Assert.Equal("""{"id":"chat/de-1","score":1,"cluster":"chat/de-1","task":"chat","language":"de","sample_id":"de-1","sample_index":0,"model":"a","scorer":"numeric-match"}""", lines[0]);
        Assert.Equal(["1", "1", "1", "1"], (await File.ReadAllLinesAsync(fileB)).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("score").GetRawText()));
        Assert.True(significance.ExitCode == 0, significance.Error);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--scorer 'chrf' is not in", unknown.Error);
    }
}
