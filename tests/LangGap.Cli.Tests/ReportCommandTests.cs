using System.Text.Json;
using LangGap.Tests.Models;

namespace LangGap.Cli.Tests;

public sealed class ReportCommandTests
{
    private static async Task<string> RunFolderAsync(FakeOpenAIServer server)
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var models = Path.Combine(dir, "models.json");
        await File.WriteAllTextAsync(models, $$"""{ "models": [ { "id": "fake", "url": "{{server.BaseUrl}}", "max_retries": 0 } ] }""");
        var outDir = Path.Combine(dir, "run");
        var eval = await CliRunner.RunAsync("", "eval", "--model", "fake", "--models", models, "--limit", "1", "--out", outDir);
        Assert.True(eval.ExitCode == 0, eval.Error);
        return outDir;
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("hin", "hi")]
    [InlineData("none", null)]
    public async Task Report_ReferenceLanguage_GapsAgainstIt(string? option, string? expected)
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("The answer is 15."));
        var run = await RunFolderAsync(server);

        var result = option is null
            ? await CliRunner.RunAsync("", "report", run, "--format", "json")
            : await CliRunner.RunAsync("", "report", run, "--format", "json", "--reference-language", option);

        Assert.True(result.ExitCode == 0, result.Error);
        using var report = JsonDocument.Parse(result.Out);
        var reference = report.RootElement.GetProperty("transparency").GetProperty("reference_language");
        Assert.Equal(expected, reference.ValueKind == JsonValueKind.Null ? null : reference.GetString());
        // A task without the reference language (translation has no English) has no gaps to it.
        var gaps = report.RootElement.GetProperty("gaps").EnumerateArray()
            .Select(g => (Reference: g.GetProperty("reference_language").ValueKind == JsonValueKind.Null ? null : g.GetProperty("reference_language").GetString(),
                Count: g.GetProperty("gap_to_reference").EnumerateObject().Count())).ToList();
        Assert.All(gaps, g => Assert.True(g.Reference is null ? g.Count == 0 : g.Reference == expected && g.Count > 0));
        Assert.Equal(expected is not null, gaps.Any(g => g.Reference is not null));
    }

    [Fact]
    public async Task Eval_ReferenceLanguage_PrintsGapsAgainstIt()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("The answer is 15."));
        var dir = Directory.CreateTempSubdirectory().FullName;
        var models = Path.Combine(dir, "models.json");
        await File.WriteAllTextAsync(models, $$"""{ "models": [ { "id": "fake", "url": "{{server.BaseUrl}}", "max_retries": 0 } ] }""");

        var result = await CliRunner.RunAsync("", "eval", "--model", "fake", "--models", models, "--limit", "1",
            "--out", Path.Combine(dir, "run"), "--format", "json", "--reference-language", "hi");

        Assert.True(result.ExitCode == 0, result.Error);
        using var report = JsonDocument.Parse(result.Out);
        Assert.Equal("hi", report.RootElement.GetProperty("transparency").GetProperty("reference_language").GetString());
    }

    [Fact]
    public async Task Report_ReferenceLanguageNotInRun_UsageErrorExit2()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("The answer is 15."));
        var run = await RunFolderAsync(server);

        var result = await CliRunner.RunAsync("", "report", run, "--reference-language", "xx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Reference language 'xx' has no generation in this run", result.Error);
    }

    [Fact]
    public async Task Report_Text_NamesIntervalAndDescriptorPerScorer()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("The answer is 15."));
        var run = await RunFolderAsync(server);

        var result = await CliRunner.RunAsync("", "report", run);

        Assert.Equal(0, result.ExitCode);
        // One prompt per cell: a graded cell has no t interval to give, a binary one still gets Wilson.
        Assert.Contains("translation / chrf (graded 0–100 chrF, higher is better; 95% CI: none)", result.Out);
        Assert.Contains("questions / numeric-match (binary 0–1 rate, higher is better; 95% CI: Wilson)", result.Out);
    }
}
