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
        Assert.All(report.RootElement.GetProperty("gaps").EnumerateArray(), g =>
            Assert.Equal(expected is null, g.GetProperty("gap_to_reference").EnumerateObject().Count() == 0));
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
        Assert.Contains("translation / chrf (graded 0–100 chrF, higher is better; 95% CI: t over prompts)", result.Out);
        Assert.Contains("questions / numeric-match (binary 0–1 rate, higher is better; 95% CI: Wilson)", result.Out);
    }
}
