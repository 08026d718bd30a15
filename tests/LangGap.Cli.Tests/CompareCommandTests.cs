using System.Text.Json;

namespace LangGap.Cli.Tests;

public class CompareCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("langgap-compare").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private (string Ref, string Base, string Other) Corpus()
    {
        var reference = Enumerable.Range(0, 60).Select(i => $"the cat number {i} sat on the mat today").ToArray();
        var baseline = reference.Select((r, i) => i % 3 == 0 ? $"a cat {i} sat on a mat" : r).ToArray();
        var other = reference.Select((r, i) => i % 2 == 0 ? $"dog {i} stood" : r).ToArray();
        return (Write("ref.txt", reference), Write("base.txt", baseline), Write("other.txt", other));
    }

    [Fact]
    public async Task Compare_Json_HasExactlyTheDocumentedFields()
    {
        var (reference, baseline, other) = Corpus();

        var result = await CliRunner.RunAsync("", "compare", "--ref", reference, "--hyp", baseline, "--hyp", other, "--metric", "bleu", "chrf", "--resamples", "200", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var rows = JsonDocument.Parse(result.Out).RootElement.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(4, rows.Length);
        Assert.All(rows, r => Assert.Equal(["system", "metric", "score", "mean", "ci", "p_value", "p_adjusted"], r.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("p_value").ValueKind);
        Assert.Equal("chrF2", rows[3].GetProperty("metric").GetString());
        Assert.Equal(JsonValueKind.Number, rows[3].GetProperty("p_value").ValueKind);
    }

    [Fact]
    public async Task Compare_PairedAr_TextHasSignatureWithTrials()
    {
        var (reference, baseline, other) = Corpus();

        var result = await CliRunner.RunAsync("", "compare", "--ref", reference, "--hyp", baseline, other, "--paired-ar", "--paired-ar-n", "500", "--seed", "7");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Paired approximate randomization test with 500 trials", result.Out);
        Assert.Contains("nrefs:1|ar:500|seed:7|case:mixed", result.Out);
        Assert.Contains("Baseline: " + baseline, result.Out);
    }

    [Fact]
    public async Task Compare_LineCountMismatch_NamesTheFile()
    {
        var (reference, baseline, _) = Corpus();
        var shorter = Write("short.txt", ["one line"]);

        var result = await CliRunner.RunAsync("", "compare", "--ref", reference, "--hyp", baseline, shorter);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"File '{shorter}' has 1 lines", result.Error);
    }

    [Theory]
    [InlineData("--paired-ar", "--paired-bs", "--paired-ar")]
    [InlineData("--resamples", "--resamples", "0")]
    [InlineData("--seed", "--seed", "-1")]
    [InlineData("--bs-samples", "--bs-samples", "10")]
    [InlineData("--metric", "--metric", "meteor")]
    [InlineData("--correction", "--correction", "sidak")]
    [InlineData("--format", "--format", "xml")]
    public async Task Compare_BadOptions_ExitTwoNamingTheOption(string named, params string[] extra)
    {
        var (reference, baseline, other) = Corpus();

        var result = await CliRunner.RunAsync("", ["compare", "--ref", reference, "--hyp", baseline, other, .. extra]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error);
    }

    [Fact]
    public async Task Compare_PairedArWithConfidence_AddsTheBootstrapIntervalsOfThePairedBootstrap()
    {
        var (reference, baseline, other) = Corpus();
        string[] common = ["compare", "--ref", reference, "--hyp", baseline, other, "--metric", "bleu", "chrf", "--seed", "7", "--format", "json"];

        var bootstrap = await CliRunner.RunAsync("", [.. common, "--resamples", "300"]);
        var randomization = await CliRunner.RunAsync("", [.. common, "--paired-ar", "--resamples", "200", "--confidence", "--confidence-n", "300"]);

        Assert.Equal(0, bootstrap.ExitCode);
        Assert.Equal(0, randomization.ExitCode);
        var expected = JsonDocument.Parse(bootstrap.Out).RootElement.GetProperty("results").EnumerateArray().ToArray();
        var actual = JsonDocument.Parse(randomization.Out).RootElement.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].GetProperty("mean").GetDouble(), actual[i].GetProperty("mean").GetDouble());
            Assert.Equal(expected[i].GetProperty("ci").GetDouble(), actual[i].GetProperty("ci").GetDouble());
        }
    }

    [Theory]
    [InlineData("--confidence")]
    [InlineData("--paired-ar", "--confidence-n", "100")]
    public async Task Compare_ConfidenceWithoutApproximateRandomization_UsageError(params string[] extra)
    {
        var (reference, baseline, other) = Corpus();

        var result = await CliRunner.RunAsync("", ["compare", "--ref", reference, "--hyp", baseline, other, .. extra]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--confidence", result.Error);
    }

    [Fact]
    public async Task Compare_OneSystem_UsageError()
    {
        var (reference, baseline, _) = Corpus();

        var result = await CliRunner.RunAsync("", "compare", "--ref", reference, "--hyp", baseline);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--hyp", result.Error);
    }
}
