using LangGap.Evaluation.Suites;

namespace LangGap.Tests.Synthesis.Attributes;

public sealed class AttributeSuiteTests
{
    [Fact]
    public async Task LoadAsync_AttributeScorers_AreCreatedFromTheCatalog()
    {
        var dir = Directory.CreateTempSubdirectory();
        var path = Path.Combine(dir.FullName, "suite.json");
        await File.WriteAllTextAsync(Path.Combine(dir.FullName, "d.jsonl"), """{"id":"1","language":"en","prompt":"Say hi."}""" + "\n");
        await File.WriteAllTextAsync(path, """{"name":"x","tasks":[{"name":"t","dataset":{"format":"jsonl","path":"d.jsonl"},"scorers":["mtld",{"name":"mtld-ma-wrap"},"ttr","readability"]}]}""");

        var suite = await SuiteLoader.LoadAsync(path, null, CancellationToken.None);

        Assert.Equal(["mtld", "mtld-ma-wrap", "ttr", "readability"], Assert.Single(suite.Tasks).Scorers.Select(s => s.Name));
    }
}
