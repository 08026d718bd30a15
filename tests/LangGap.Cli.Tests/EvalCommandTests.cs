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
