namespace LangGap.Cli.Tests;

/// <summary><c>langgap eval</c> on the shipped embedded model: in the TorchSharp collection, kept to one item per language and task.</summary>
[Collection(TorchCliCollection.Name)]
public sealed class EvalEmbeddedTests
{
    [Fact]
    public async Task Eval_DemoSuiteLimitOneOnEmbedded_PrintsEveryLanguageOfEveryTask()
    {
        // Arrange
        var outDir = Path.Combine(Directory.CreateTempSubdirectory().FullName, "run");

        // Act
        var result = await CliRunner.RunAsync("", "eval", "--suite", "demo", "--limit", "1", "--out", outDir);

        // Assert
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("32 generated, 0 from store, 0 failed", result.Error);
        Assert.Contains("translation / chrf", result.Out);
        Assert.Contains("open / language-fidelity", result.Out);
        Assert.Contains("te        1      embedded", result.Out);
        Assert.True(File.Exists(Path.Combine(outDir, "run.db")));
    }

    [Fact]
    public async Task Eval_ModelFolder_RunsItInProcessUnderItsPath()
    {
        // Arrange: the shipped model folder stands in for a `langgap train` output folder.
        var outDir = Path.Combine(Directory.CreateTempSubdirectory().FullName, "run");
        var folder = Path.Combine(AppContext.BaseDirectory, "assets", "embedded", "model");

        // Act
        var result = await CliRunner.RunAsync("", "eval", "--suite", "demo", "--limit", "1", "--model", folder, "--out", outDir);

        // Assert
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("32 generated, 0 from store, 0 failed", result.Error);
        Assert.Contains(folder, result.Out);
    }
}
