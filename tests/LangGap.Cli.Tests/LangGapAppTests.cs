namespace LangGap.Cli.Tests;

public class LangGapAppTests
{
    [Fact]
    public async Task RunAsync_UnknownOption_ExitsTwoNamingIt()
    {
        var result = await CliRunner.RunAsync("", "--no-such-option");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-such-option", result.Error);
    }

    [Fact]
    public async Task RunAsync_Help_ExitsZero()
    {
        var result = await CliRunner.RunAsync("", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("langgap", result.Out, StringComparison.OrdinalIgnoreCase);
    }
}
