using System.Text;
using System.Text.Json;

namespace LangGap.Cli.Tests;

public sealed class ScoreCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("langgap-score-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public async Task Score_TextFormat_PrintsSacrebleuLines()
    {
        var reference = Write("ref.txt", "The cat is sitting on the mat.\n");
        var hypothesis = Write("hyp.txt", "The cat sat on the mat.\n");

        var result = await CliRunner.RunAsync("", "score", "--ref", reference, "--hyp", hypothesis, "--metric", "bleu", "chrf", "ter");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal($"BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:{LangGapVersion.Current} = 42.4 85.7/66.7/40.0/25.0 (BP = 0.867 ratio = 0.875 hyp_len = 7 ref_len = 8)", lines[0]);
        Assert.Equal($"chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:{LangGapVersion.Current} = 49.6", lines[1]);
        Assert.Equal($"TER|nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:{LangGapVersion.Current} = 28.6", lines[2]);
    }

    [Fact]
    public async Task Score_SeveralSystems_PrefixesEachLineWithItsPath()
    {
        var reference = Write("ref.txt", "a b c d\n");
        var first = Write("a.txt", "a b c d\n");
        var second = Write("b.txt", "a b x d\n");

        var result = await CliRunner.RunAsync("", "score", "--ref", reference, "--hyp", first, "--hyp", second, "--metric", "chrf");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{first}: chrF2|", lines[0]);
        Assert.EndsWith(" = 100.0", lines[0]);
        Assert.StartsWith($"{second}: chrF2|", lines[1]);
    }

    [Fact]
    public async Task Score_JsonWithSentence_WritesResultsAndSegments()
    {
        var reference = Write("ref.txt", "The cat is sitting on the mat.\nHello world\n");
        var hypothesis = Write("hyp.txt", "The cat sat on the mat.\nHello world\n");

        var result = await CliRunner.RunAsync("", "score", "--ref", reference, "--hyp", hypothesis, "--metric", "bleu", "chrf",
            "--chrf-word-order", "2", "--sentence", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        var bleu = results[0];
        Assert.Equal(["system", "metric", "score", "signature", "segments"], bleu.EnumerateObject().Select(p => p.Name));
        Assert.Equal(hypothesis, bleu.GetProperty("system").GetString());
        Assert.Equal("BLEU", bleu.GetProperty("metric").GetString());
        var segments = bleu.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(2, segments.Count);
        Assert.Equal(42.38365628278778, segments[0].GetProperty("score").GetDouble(), 1e-9); // sacrebleu 2.6.0 sentence_bleu
        // Sentence BLEU uses effective order and says so; the corpus score does not.
        Assert.Contains("|eff:yes|", segments[0].GetProperty("signature").GetString());
        Assert.Contains("|eff:no|", bleu.GetProperty("signature").GetString());
        Assert.Equal("chrF2++", results[1].GetProperty("metric").GetString());
        Assert.Contains("nw:2", results[1].GetProperty("signature").GetString());
    }

    [Fact]
    public async Task Score_JsonWithoutSentence_OmitsSegments()
    {
        var reference = Write("ref.txt", "a b c\n");

        var result = await CliRunner.RunAsync("", "score", "--ref", reference, "--hyp", reference, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.False(json.RootElement.GetProperty("results")[0].TryGetProperty("segments", out _));
    }

    [Fact]
    public async Task Score_SentenceText_PrintsOneLinePerSegmentThenCorpus()
    {
        var reference = Write("ref.txt", "a b c d\ne f g h\n");

        var result = await CliRunner.RunAsync("", "score", "--ref", reference, "--hyp", reference, "--sentence");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains("eff:yes", lines[0]);
        Assert.Contains("eff:no", lines[2]);
    }

    [Fact]
    public async Task Score_HypothesisFromStdin_ReadsIt()
    {
        var reference = Write("ref.txt", "The cat is sitting on the mat.\n");

        var result = await CliRunner.RunAsync("The cat is sitting on the mat.\n", "score", "--ref", reference, "--hyp", "-", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("<stdin>", json.RootElement.GetProperty("results")[0].GetProperty("system").GetString());
        Assert.Equal(100.0, json.RootElement.GetProperty("results")[0].GetProperty("score").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task Score_LineCountMismatch_ExitsTwoNamingBothFilesAndCounts()
    {
        var reference = Write("ref.txt", "one\ntwo\nthree\n");
        var hypothesis = Write("hyp.txt", "one\ntwo\n");

        var result = await CliRunner.RunAsync("", "score", "--ref", reference, "--hyp", hypothesis);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(reference, result.Error);
        Assert.Contains(hypothesis, result.Error);
        Assert.Contains("3", result.Error);
        Assert.Contains("2", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Score_MissingFile_ExitsTwoNamingIt()
    {
        var reference = Write("ref.txt", "one\n");
        var missing = Path.Combine(_folder, "missing.txt");

        var result = await CliRunner.RunAsync("", "score", "--ref", reference, "--hyp", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(missing, result.Error);
    }

    [Fact]
    public async Task Score_InvalidUtf8_ExitsTwoNamingFileAndLine()
    {
        var reference = Write("ref.txt", "one\ntwo\n");
        var hypothesis = WriteBytes("hyp.txt", [(byte)'o', (byte)'k', (byte)'\n', 0xC3, 0x28, (byte)'\n']);

        var result = await CliRunner.RunAsync("", "score", "--ref", reference, "--hyp", hypothesis);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{hypothesis}:2:", result.Error);
    }

    [Theory]
    [InlineData("--metric", "bleurt", "--metric")]
    [InlineData("--tokenize", "moses", "--tokenize")]
    [InlineData("--format", "xml", "--format")]
    [InlineData("--chrf-word-order", "-1", "--chrf-word-order")]
    public async Task Score_BadOption_ExitsTwoNamingTheOption(string option, string value, string named)
    {
        var reference = Write("ref.txt", "one\n");

        var result = await CliRunner.RunAsync("", "score", "--ref", reference, "--hyp", reference, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error);
    }

    [Fact]
    public async Task Score_MissingRef_ExitsTwo()
    {
        var hypothesis = Write("hyp.txt", "one\n");

        var result = await CliRunner.RunAsync("", "score", "--hyp", hypothesis);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--ref", result.Error);
    }

    [Fact]
    public async Task Score_TwoReferences_SignsNrefsTwo()
    {
        var first = Write("ref1.txt", "The cat is on the mat.\n");
        var second = Write("ref2.txt", "There is a cat on the mat.\n");

        var result = await CliRunner.RunAsync("", "score", "--ref", first, "--ref", second, "--hyp", first, "--metric", "bleu", "ter");

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Out.TrimEnd('\n').Split('\n'), line => Assert.Contains("nrefs:2", line));
    }
}
