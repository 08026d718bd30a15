namespace LangGap.Cli.Tests;

/// <summary><c>langgap reason</c> on the shipped embedded model (tiny: one problem per language, two budgets) and its usage errors.</summary>
[Collection(TorchCliCollection.Name)]
public sealed class ReasonCommandTests
{
    [Fact]
    public async Task Reason_EmbeddedDemo_PrintsAccuracyPerBudgetAndResumes()
    {
        // Arrange
        var outDir = Path.Combine(Directory.CreateTempSubdirectory().FullName, "run");
        string[] args = ["reason", "--languages", "en,sw", "--limit", "1", "--budgets", "8,0", "--ignore", "1", "--max-tokens", "6", "--out", outDir];

        // Act
        var first = await CliRunner.RunAsync("", args);
        var second = await CliRunner.RunAsync("", args);

        // Assert
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("4 generated, 0 from store, 0 failed", first.Error);
        Assert.Contains("accuracy by thinking budget (tokens), 95% Wilson intervals", first.Out);
        Assert.Matches(@"\ben\s+\d\.\d\d \[\d\.\d\d, \d\.\d\d\] n=1", first.Out);
        Assert.Contains("0→8", first.Out);
        Assert.Contains("chain-of-thought language", first.Out);
        Assert.True(File.Exists(Path.Combine(outDir, "reason-report.html")));
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(outDir, "reason-report.html")));
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("0 generated, 4 from store", second.Error);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task Reason_JsonFormat_GivesCellsPerLanguageAndBudget()
    {
        var outDir = Path.Combine(Directory.CreateTempSubdirectory().FullName, "run");

        var result = await CliRunner.RunAsync("", "reason", "--languages", "de", "--limit", "1", "--budgets", "4", "--max-tokens", "4",
            "--forcing", "combined", "--format", "json", "--out", outDir);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal("combined", json.RootElement.GetProperty("settings").GetProperty("forcing").GetString());
        Assert.Contains(json.RootElement.GetProperty("cells").EnumerateArray(), c => c.GetProperty("language").GetString() == "de" && c.GetProperty("budget").GetInt32() == 4);
    }

    [Theory]
    [InlineData("--forcing", "loud", "--forcing")]
    [InlineData("--budgets", "10,x", "--budgets")]
    [InlineData("--suite", "gsm8k", "--suite")]
    [InlineData("--thinking-format", "xml", "--thinking-format")]
    public async Task Reason_BadOption_ExitsTwoNamingIt(string option, string value, string named)
    {
        var result = await CliRunner.RunAsync("", "reason", option, value, "--out", Path.Combine(Directory.CreateTempSubdirectory().FullName, "run"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error);
    }

    [Fact]
    public async Task Reason_MgsmWithoutData_ExitsTwoAskingForTheFolder()
    {
        var result = await CliRunner.RunAsync("", "reason", "--suite", "mgsm");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--data", result.Error);
    }

    [Fact]
    public async Task Reason_MgsmFolder_ReadsTsvFilesPerLanguage()
    {
        // Arrange: a two-problem MGSM folder in its own format (question TAB answer, no header).
        var dir = Directory.CreateTempSubdirectory().FullName;
        await File.WriteAllTextAsync(Path.Combine(dir, "mgsm_de.tsv"), "Was ist 2 plus 3?\t5\nWas ist 4 plus 4?\t8\n");
        var outDir = Path.Combine(dir, "run");

        // Act
        var result = await CliRunner.RunAsync("", "reason", "--suite", "mgsm", "--data", dir, "--languages", "de", "--budgets", "2", "--max-tokens", "3", "--out", outDir);

        // Assert
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("2 generated", result.Error);
        Assert.Matches(@"\bde\s+\d\.\d\d \[\d\.\d\d, \d\.\d\d\] n=2", result.Out);
    }
}
