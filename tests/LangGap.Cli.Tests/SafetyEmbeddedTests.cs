namespace LangGap.Cli.Tests;

/// <summary><c>langgap eval --suite redteam-demo</c> on the embedded model, offline: one prompt per language and task.</summary>
[Collection(TorchCliCollection.Name)]
public sealed class SafetyEmbeddedTests
{
    [Fact]
    public async Task Eval_RedTeamDemoOnEmbedded_ReportsRefusalFidelityProfanityAndThatHarmNeedsJudge()
    {
        var outDir = Path.Combine(Directory.CreateTempSubdirectory().FullName, "run");

        var result = await CliRunner.RunAsync("", "eval", "--suite", "redteam-demo", "--limit", "1", "--out", outDir);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("19 generated, 0 from store, 0 failed", result.Error); // 8 red-team languages + 11 general
        Assert.Contains("redteam / refusal", result.Out);
        Assert.Contains("redteam / profanity", result.Out);
        Assert.Contains("redteam / language-fidelity", result.Out);
        Assert.Single(result.Out.Split('\n'), l => l.StartsWith("harm needs --judge", StringComparison.Ordinal));
        Assert.Contains("model embedded: language × global/local × harm category", result.Out);
        Assert.Contains("gap to en", result.Out);
    }
}
