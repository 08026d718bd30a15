using LangGap.Evaluation.Suites;

namespace LangGap.Tests.Evaluation.Suites;

public sealed class SuiteProvenanceTests
{
    private static async Task<string> SuiteAsync(string provenance)
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        await File.WriteAllTextAsync(Path.Combine(dir, "d.jsonl"), """{"id":"1","language":"en","prompt":"hi"}""" + "\n");
        var path = Path.Combine(dir, "suite.json");
        await File.WriteAllTextAsync(path, $$"""{"name":"x","tasks":[{"name":"t","dataset":{"path":"d.jsonl"}{{provenance}},"scorers":[{"name":"length"}]}]}""");
        return path;
    }

    [Theory]
    [InlineData("", null)]
    [InlineData(""","provenance":"native" """, "native")]
    [InlineData(""","provenance":"machine-translated" """, "machine-translated")]
    public async Task LoadAsync_TaskProvenance_ReadOrNullWhenAbsent(string field, string? expected)
    {
        var suite = await SuiteLoader.LoadAsync(await SuiteAsync(field), null, CancellationToken.None);

        Assert.Equal(expected, Assert.Single(suite.Tasks).Provenance);
    }

    [Fact]
    public async Task LoadAsync_UnknownProvenance_ErrorNamesFileTaskAndValues()
    {
        var path = await SuiteAsync(""","provenance":"google" """);

        var e = await Assert.ThrowsAsync<InvalidInputException>(() => SuiteLoader.LoadAsync(path, null, CancellationToken.None));

        Assert.Equal($"{path}: task 't' has provenance \"google\"; expected one of native, human-translated, machine-translated, mixed.", e.Message);
    }
}
