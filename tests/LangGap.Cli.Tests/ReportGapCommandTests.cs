using System.Text.Json;
using LangGap.Tests.Models;

namespace LangGap.Cli.Tests;

public sealed class ReportGapCommandTests
{
    private static async Task<string> RunFolderAsync(FakeOpenAIServer server)
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var models = Path.Combine(dir, "models.json");
        await File.WriteAllTextAsync(models, $$"""{ "models": [ { "id": "fake", "url": "{{server.BaseUrl}}", "max_retries": 0 } ] }""");
        var outDir = Path.Combine(dir, "run");
        var eval = await CliRunner.RunAsync("", "eval", "--model", "fake", "--models", models, "--limit", "2", "--out", outDir);
        Assert.True(eval.ExitCode == 0, eval.Error);
        return outDir;
    }

    [Fact]
    public async Task Report_Markdown_GapReportDocument()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("The answer is 15."));
        var run = await RunFolderAsync(server);

        var result = await CliRunner.RunAsync("", "report", run, "--format", "markdown", "--threshold", "0.5", "chrf=10");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("# Language-gap report: demo", lines[0]);
        Assert.Contains("## Summary", lines);
        Assert.Contains("## questions / numeric-match", lines);
        Assert.Contains("## Who is covered", lines);
        Assert.Contains("### Languages served at a threshold", lines);
        Assert.Contains("## How these numbers were made", lines);
        // The demo's 11 languages: every summary of a task with English tests the other 10 against it (paired over qa-xx-001, qa-xx-002).
        Assert.Contains(lines, l => l.StartsWith("- **questions / numeric-match**", StringComparison.Ordinal) && l.Contains(" of 10 languages ", StringComparison.Ordinal));
        // chrF gets the named threshold only; the 0–1 rates get the bare one.
        Assert.Contains(lines, l => l.StartsWith("| translation / chrf | `fake` | 10.0 |", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("| translation / chrf | `fake` | 0.5", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| questions / numeric-match | `fake` | 0.500 |", StringComparison.Ordinal));
        Assert.Contains("| questions | unspecified |", result.Out);
    }

    [Fact]
    public async Task Report_Json_ReferenceTestsAndCoverage()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("The answer is 15."));
        var run = await RunFolderAsync(server);

        var result = await CliRunner.RunAsync("", "report", run, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var report = JsonDocument.Parse(result.Out);
        var tests = report.RootElement.GetProperty("reference_tests").EnumerateArray().ToList();
        Assert.NotEmpty(tests);
        Assert.All(tests, t => Assert.Equal("en", t.GetProperty("reference_language").GetString()));
        var coverage = report.RootElement.GetProperty("coverage");
        Assert.Equal(11, coverage.GetProperty("evaluated").GetProperty("languages").GetInt32());
        Assert.Equal(11, coverage.GetProperty("languages").GetArrayLength());
        Assert.True(coverage.GetProperty("evaluated").GetProperty("total_share").GetDouble() is > 0 and < 1);
    }

    [Theory]
    [InlineData("half")]
    [InlineData("chrf=")]
    public async Task Report_BadThreshold_UsageErrorExit2(string threshold)
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("The answer is 15."));
        var run = await RunFolderAsync(server);

        var result = await CliRunner.RunAsync("", "report", run, "--threshold", threshold);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Option '--threshold'", result.Error);
        Assert.Contains($"found '{threshold}'", result.Error);
    }

    [Fact]
    public async Task Report_UnknownFormat_ListsMarkdown()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("The answer is 15."));
        var run = await RunFolderAsync(server);

        var result = await CliRunner.RunAsync("", "report", run, "--format", "pdf");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("markdown", result.Error);
    }
}
