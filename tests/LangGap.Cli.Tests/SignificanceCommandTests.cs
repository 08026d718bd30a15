using System.Text.Json;

namespace LangGap.Cli.Tests;

public class SignificanceCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("langgap-significance").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Jsonl(IEnumerable<(string Id, double Score)> rows) =>
        string.Concat(rows.Select(r => $"{{\"id\":\"{r.Id}\",\"score\":{r.Score}}}\n"));

    [Fact]
    public async Task Significance_McNemar_Json()
    {
        var a = Write("a.jsonl", Jsonl(Enumerable.Range(0, 14).Select(i => ($"q{i}", i < 12 ? 1.0 : 0.0))));
        var b = Write("b.jsonl", Jsonl(Enumerable.Range(0, 14).Select(i => ($"q{i}", i is >= 10 and < 12 or 12 or 13 ? 1.0 : 0.0))));

        var result = await CliRunner.RunAsync("", "significance", "--a", a, "--b", b, "--test", "mcnemar", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("mcnemar", json.GetProperty("test").GetString());
        Assert.Equal(0.03857421875, json.GetProperty("p_value").GetDouble(), 12);
    }

    [Fact]
    public async Task Significance_BootstrapTsvWithClusters_Text()
    {
        var header = "id\tprompt\tscore\n";
        var a = Write("a.tsv", header + string.Concat(Enumerable.Range(0, 40).Select(i => $"g{i}\tp{i / 4}\t{(i % 3 == 0 ? 1 : 0)}\n")));
        var b = Write("b.tsv", header + string.Concat(Enumerable.Range(0, 40).Select(i => $"g{i}\tp{i / 4}\t{(i % 2 == 0 ? 1 : 0)}\n")));

        var result = await CliRunner.RunAsync("", "significance", "--a", a, "--b", b, "--cluster", "prompt", "--resamples", "500");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("pairs: 40  clusters: 10", result.Out);
        Assert.Contains("signature: bootstrap|resamples:500|seed:0|clusters:10|version:", result.Out);
    }

    [Fact]
    public async Task Significance_IdsMissing_NamesThem()
    {
        var a = Write("a.jsonl", Jsonl([("x", 1), ("y", 0)]));
        var b = Write("b.jsonl", Jsonl([("x", 1), ("z", 0)]));

        var result = await CliRunner.RunAsync("", "significance", "--a", a, "--b", b);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'y'", result.Error);
        Assert.Contains("'z'", result.Error);
    }

    [Fact]
    public async Task Significance_MalformedLine_FileAndLine()
    {
        var a = Write("a.jsonl", "{\"id\":\"x\",\"score\":1}\nnot json\n");
        var b = Write("b.jsonl", Jsonl([("x", 1)]));

        var result = await CliRunner.RunAsync("", "significance", "--a", a, "--b", b);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{a}:2:", result.Error);
    }

    [Fact]
    public async Task Significance_ResamplesWithMcNemar_UsageError()
    {
        var a = Write("a.jsonl", Jsonl([("x", 1)]));

        var result = await CliRunner.RunAsync("", "significance", "--a", a, "--b", a, "--test", "mcnemar", "--resamples", "10");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--resamples", result.Error);
    }
}
