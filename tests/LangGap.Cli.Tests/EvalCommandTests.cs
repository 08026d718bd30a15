using System.Text.Json;
using LangGap.Tests.Models;

namespace LangGap.Cli.Tests;

public sealed class EvalCommandTests
{
    private static async Task<string> ModelsFileAsync(FakeOpenAIServer server, string dir)
    {
        var path = Path.Combine(dir, "models.json");
        await File.WriteAllTextAsync(path, $$"""{ "models": [ { "id": "fake", "url": "{{server.BaseUrl}}", "max_retries": 0 } ] }""");
        return path;
    }

    [Fact]
    public async Task Eval_FakeServerWithLimit_PrintsPerLanguageTableAndResumesWithoutNewGenerations()
    {
        // Arrange
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("Die Katze schläft auf dem Stuhl. 15"));
        var dir = Directory.CreateTempSubdirectory().FullName;
        var models = await ModelsFileAsync(server, dir);
        var outDir = Path.Combine(dir, "run");

        // Act
        var first = await CliRunner.RunAsync("", "eval", "--suite", "demo", "--model", "fake", "--models", models, "--limit", "1", "--out", outDir);
        var requestsAfterFirst = server.RequestCount;
        var second = await CliRunner.RunAsync("", "eval", "--suite", "demo", "--model", "fake", "--models", models, "--limit", "1", "--out", outDir);

        // Assert
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(32, requestsAfterFirst); // 10 translation + 11 questions + 11 open: one item per language and task
        Assert.Contains("translation / chrf", first.Out);
        Assert.Contains("questions / numeric-match", first.Out);
        Assert.Contains("open / language-fidelity", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(requestsAfterFirst, server.RequestCount);
        Assert.Contains("0 generated, 32 from store", second.Error);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task Report_RunFolder_JsonAndSelfContainedHtml()
    {
        // Arrange
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("<script>alert(1)</script>\"><img src=x onerror=alert(1)>"));
        var dir = Directory.CreateTempSubdirectory().FullName;
        var models = await ModelsFileAsync(server, dir);
        var outDir = Path.Combine(dir, "run");
        var eval = await CliRunner.RunAsync("", "eval", "--model", "fake", "--models", models, "--limit", "1", "--out", outDir, "--format", "json");
        var html = Path.Combine(dir, "report.html");

        // Act
        var json = await CliRunner.RunAsync("", "report", outDir, "--format", "json");
        var written = await CliRunner.RunAsync("", "report", outDir, "--format", "html", "--output", html);

        // Assert
        Assert.True(eval.ExitCode == 0, eval.Error);
        using (var doc = JsonDocument.Parse(eval.Out)) Assert.Equal("langgap-report", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal(0, json.ExitCode);
        using var report = JsonDocument.Parse(json.Out);
        var languages = report.RootElement.GetProperty("transparency").GetProperty("languages");
        Assert.Equal(11, languages.GetArrayLength());
        Assert.Equal("translated", languages.EnumerateArray().Single(l => l.GetProperty("code").GetString() == "sw").GetProperty("prompt_origin").GetString());
        Assert.Equal(0, written.ExitCode);
        var bytes = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(html));
        Assert.DoesNotContain("<script", bytes, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=", bytes, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Eval_UnknownModelWithoutModelsFile_UsageErrorNamingOption()
    {
        var result = await CliRunner.RunAsync("", "eval", "--model", "gpt-x", "--out", Path.Combine(Directory.CreateTempSubdirectory().FullName, "r"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--model", result.Error);
    }

    [Fact]
    public async Task Report_FolderWithoutStore_UsageError()
    {
        var result = await CliRunner.RunAsync("", "report", Directory.CreateTempSubdirectory().FullName);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("run.db", result.Error);
    }
}

public sealed class EvalJudgeTests
{
    [Fact]
    public async Task Eval_SuiteWithJudgeAndTwoModels_JudgeRatingsGiveWinRatesAndPairedTests()
    {
        // Arrange: one server plays two models and the judge; the judge prefers answers containing "alpha".
        await using var server = new FakeOpenAIServer(request =>
        {
            var content = request.LastContent;
            if (content.StartsWith("You are grading", StringComparison.Ordinal))
            {
                return FakeReply.Completion(content.Contains("alpha", StringComparison.Ordinal) ? "Good.\nScore: 5" : "Weak.\nScore: 2");
            }
            return FakeReply.Completion(request.Json.GetProperty("model").GetString() == "model-a" ? "alpha answer" : "beta answer");
        });
        var dir = Directory.CreateTempSubdirectory().FullName;
        var models = Path.Combine(dir, "models.json");
        await File.WriteAllTextAsync(models, $$"""
            { "models": [
              { "id": "a", "model": "model-a", "url": "{{server.BaseUrl}}" },
              { "id": "b", "model": "model-b", "url": "{{server.BaseUrl}}" },
              { "id": "judge", "model": "judge", "url": "{{server.BaseUrl}}" } ] }
            """);
        await File.WriteAllLinesAsync(Path.Combine(dir, "items.jsonl"),
            from language in new[] { "en", "de", "sw" } from i in Enumerable.Range(1, 3)
            select $$"""{"id": "{{language}}-{{i}}", "language": "{{language}}", "prompt": "Say something ({{i}})."}""");
        var suite = Path.Combine(dir, "suite.json");
        await File.WriteAllTextAsync(suite, """
            { "name": "judged", "tasks": [ { "name": "chat", "dataset": { "format": "jsonl", "path": "items.jsonl" },
              "scorers": [ { "name": "judge", "judge": "judge" }, { "name": "length" } ] } ] }
            """);

        // Act
        var result = await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "b", "--models", models, "--out", Path.Combine(dir, "run"), "--format", "json");

        // Assert
        Assert.True(result.ExitCode == 0, result.Error);
        using var report = JsonDocument.Parse(result.Out);
        var root = report.RootElement;
        var win = Assert.Single(root.GetProperty("win_rates").EnumerateArray());
        Assert.Equal("a", win.GetProperty("model_a").GetString());
        Assert.Equal(100, win.GetProperty("win_rate_a").GetDouble());
        Assert.Equal(9, win.GetProperty("judgements").GetInt32());
        Assert.Equal(["judge"], root.GetProperty("transparency").GetProperty("judges").EnumerateArray().Select(j => j.GetString()));
        var judged = root.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("scorer").GetString() == "judge" && c.GetProperty("model").GetString() == "a");
        Assert.All(judged, c => Assert.Equal(5, c.GetProperty("mean").GetDouble()));
        Assert.Equal(6, root.GetProperty("comparisons").GetArrayLength()); // 3 languages x 2 scorers
    }
}
