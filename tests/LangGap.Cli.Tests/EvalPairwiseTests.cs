using System.Text.Json;
using System.Text.RegularExpressions;
using LangGap.Tests.Models;

namespace LangGap.Cli.Tests;

public sealed class EvalPairwiseTests
{
    private const string JudgePrefix = "Compare two answers";

    // The judge reads which answer it is shown first and replies in those positions: it prefers model a's answer in
    // English, model b's in German, ties Swahili and gives no verdict on the third Swahili prompt.
    private static FakeReply Reply(FakeRequest request)
    {
        var content = request.LastContent;
        if (content.StartsWith(JudgePrefix, StringComparison.Ordinal))
        {
            var alphaShownFirst = content.IndexOf("alpha answer", StringComparison.Ordinal) < content.IndexOf("beta answer", StringComparison.Ordinal);
            var verdict = content.Contains("(en ", StringComparison.Ordinal) ? (alphaShownFirst ? "A" : "B")
                : content.Contains("(de ", StringComparison.Ordinal) ? (alphaShownFirst ? "B" : "A")
                : content.Contains("(sw 3)", StringComparison.Ordinal) ? null
                : "TIE";
            return FakeReply.Completion(verdict is null ? "I cannot decide." : $"Reasoning.\nVerdict: {verdict}");
        }
        return FakeReply.Completion(request.Json.GetProperty("model").GetString() == "model-a" ? "alpha answer" : "beta answer");
    }

    private static async Task<(string Suite, string Models)> ArrangeAsync(FakeOpenAIServer server, string dir, string orders)
    {
        var models = Path.Combine(dir, "models.json");
        await File.WriteAllTextAsync(models, $$"""
            { "models": [
              { "id": "a", "model": "model-a", "url": "{{server.BaseUrl}}" },
              { "id": "b", "model": "model-b", "url": "{{server.BaseUrl}}" },
              { "id": "judge", "model": "judge", "url": "{{server.BaseUrl}}" } ] }
            """);
        await File.WriteAllLinesAsync(Path.Combine(dir, "items.jsonl"),
            from language in new[] { "en", "de", "sw" } from i in Enumerable.Range(1, 3)
            select $$"""{"id": "{{language}}-{{i}}", "language": "{{language}}", "prompt": "Say something ({{language}} {{i}})."}""");
        var suite = Path.Combine(dir, "suite.json");
        await File.WriteAllTextAsync(suite, $$"""
            { "name": "pairwise", "tasks": [ { "name": "chat", "dataset": { "format": "jsonl", "path": "items.jsonl" },
              "scorers": [ { "name": "pairwise-judge", "judge": "judge", "orders": "{{orders}}" }, { "name": "length" } ] } ] }
            """);
        return (suite, models);
    }

    private static int JudgeCalls(FakeOpenAIServer server) => server.Requests.Count(r => r.LastContent.StartsWith(JudgePrefix, StringComparison.Ordinal));

    [Fact]
    public async Task Eval_PairwiseJudgeTwoModels_PrintsWinRatesPerLanguageAndRerunAsksNoJudge()
    {
        // Arrange
        await using var server = new FakeOpenAIServer(Reply);
        var dir = Directory.CreateTempSubdirectory().FullName;
        var (suite, models) = await ArrangeAsync(server, dir, "random");
        var outDir = Path.Combine(dir, "run");

        // Act
        var first = await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "b", "--models", models, "--out", outDir);
        var judgeCallsAfterFirst = JudgeCalls(server);
        var second = await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "b", "--models", models, "--out", outDir, "--format", "json");

        // Assert
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(9, judgeCallsAfterFirst); // one verdict per prompt: b against the baseline a
        var lines = first.Out.Split('\n').Select(l => Regex.Replace(l.Trim(), " +", " ")).ToList();
        Assert.Contains("chat / pairwise judge judge (A = a; ties kept apart; 95% CI and p clustered by prompt)", lines);
        Assert.Contains(lines, l => l.StartsWith("en a b 100.0% 0.0% 0.0% +100.0 [100.0, 100.0]", StringComparison.Ordinal) && l.EndsWith(" 3 0", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("de a b 0.0% 100.0% 0.0% -100.0 [-100.0, -100.0]", StringComparison.Ordinal) && l.EndsWith(" 3 0", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("sw a b 0.0% 0.0% 100.0% 0.0 [0.0, 0.0]", StringComparison.Ordinal) && l.EndsWith(" 2 1", StringComparison.Ordinal));
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(judgeCallsAfterFirst, JudgeCalls(server));
        using var report = JsonDocument.Parse(second.Out);
        var pairwise = report.RootElement.GetProperty("pairwise").EnumerateArray().ToDictionary(p => p.GetProperty("language").GetString()!);
        Assert.Equal(100, pairwise["en"].GetProperty("win_rate_a").GetDouble());
        Assert.Equal(100, pairwise["de"].GetProperty("win_rate_b").GetDouble());
        Assert.Equal(100, pairwise["sw"].GetProperty("tie_rate").GetDouble());
        Assert.Equal(1, pairwise["sw"].GetProperty("unscored").GetInt32());
        Assert.Contains("judge", report.RootElement.GetProperty("transparency").GetProperty("judges").EnumerateArray().Select(j => j.GetString()));
        Assert.DoesNotContain(report.RootElement.GetProperty("cells").EnumerateArray(), c => c.GetProperty("scorer").GetString()!.StartsWith("pairwise", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_PairwiseJudgeBothOrders_AsksTwicePerPromptAndVerdictsAgree()
    {
        // Arrange
        await using var server = new FakeOpenAIServer(Reply);
        var dir = Directory.CreateTempSubdirectory().FullName;
        var (suite, models) = await ArrangeAsync(server, dir, "both");
        var outDir = Path.Combine(dir, "run");

        // Act
        var first = await CliRunner.RunAsync("", "eval", "--suite", suite, "--model", "a", "b", "--models", models, "--out", outDir, "--format", "json");
        var report = await CliRunner.RunAsync("", "report", outDir, "--format", "html");

        // Assert
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(18, JudgeCalls(server));
        using var json = JsonDocument.Parse(first.Out);
        var en = json.RootElement.GetProperty("pairwise").EnumerateArray().Single(p => p.GetProperty("language").GetString() == "en");
        Assert.Equal(6, en.GetProperty("judgements").GetInt32());
        Assert.Equal(3, en.GetProperty("prompts").GetInt32());
        Assert.Equal(100, en.GetProperty("win_rate_a").GetDouble());
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("<h2>chat / pairwise judge judge</h2>", report.Out);
        Assert.Contains("<td>en</td><td>a</td><td>b</td><td>100.0%</td><td>0.0%</td><td>0.0%</td>", report.Out);
    }
}
