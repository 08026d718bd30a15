using System.Text.Json;

namespace LangGap.Cli.Tests;

public class LanguagesCommandTests
{
    [Fact]
    public async Task Languages_SetMgsm_PrintsHeaderAndElevenRows()
    {
        var result = await CliRunner.RunAsync("", "languages", "--set", "mgsm");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(12, lines.Length);
        Assert.Equal(["code", "flores", "english", "native", "script", "class"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["sw", "swh_Latn", "Swahili", "Kiswahili", "Latn", "2"], lines[8].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Languages_Json_ListsSetWithFields()
    {
        var result = await CliRunner.RunAsync("", "languages", "--set", "aya-redteaming", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var languages = JsonDocument.Parse(result.Out).RootElement.GetProperty("languages");
        Assert.Equal(8, languages.GetArrayLength());
        var filipino = languages[2];
        Assert.Equal("fil", filipino.GetProperty("code").GetString());
        Assert.Equal("tgl_Latn", filipino.GetProperty("flores").GetString());
        Assert.Equal(JsonValueKind.Null, filipino.GetProperty("iso639_1").ValueKind);
        Assert.Equal("Filipino", filipino.GetProperty("native").GetString());
    }

    [Fact]
    public async Task Languages_NoSet_ListsWholeRegistry()
    {
        var result = await CliRunner.RunAsync("", "languages", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var languages = JsonDocument.Parse(result.Out).RootElement.GetProperty("languages");
        Assert.True(languages.GetArrayLength() >= 200);
        Assert.Contains(languages.EnumerateArray(), l => l.GetProperty("code").GetString() == "la" && l.GetProperty("flores").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Languages_UnknownSet_ExitsTwoNamingOptionAndKnownSets()
    {
        var result = await CliRunner.RunAsync("", "languages", "--set", "xnli");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--set", result.Error);
        Assert.Contains("aya23, mgsm, aya-redteaming, flores200", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Languages_UnknownFormat_ExitsTwoNamingOption()
    {
        var result = await CliRunner.RunAsync("", "languages", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format", result.Error);
    }
}
