namespace LangGap.Cli.Tests;

[Collection(TorchCliCollection.Name)]
public sealed class PruneCommandTests
{
    private const string Corpus =
        "{\"id\":\"1\",\"source\":\"Everyone has the right to life.\",\"target\":\"Jeder hat das Recht auf Leben.\",\"noise\":\"\"}\n" +
        "{\"id\":\"2\",\"source\":\"No one shall be held in slavery.\",\"target\":\"Niemand darf in Sklaverei gehalten werden.\",\"noise\":\"\"}\n" +
        "{\"id\":\"3\",\"source\":\"All are equal before the law.\",\"target\":\"All are equal before the law.\",\"noise\":\"copy\"}\n" +
        "{\"id\":\"4\",\"source\":\"Everyone has the right to a nationality.\",\"target\":\"Jeder\",\"noise\":\"truncated\"}\n";

    private static string Temp(string suffix) => Path.Combine(Path.GetTempPath(), $"langgap-prune-cli-{Guid.NewGuid():N}{suffix}");

    [Fact]
    public async Task Prune_LengthRatioOnMarkedCorpus_WritesFilesAndNoiseRecall()
    {
        var corpus = Temp(".jsonl");
        await File.WriteAllTextAsync(corpus, Corpus);
        var output = Temp("");

        var result = await CliRunner.RunAsync("", "prune", "--corpus", corpus, "--source-language", "en", "--target-language", "de",
            "--method", "length-ratio", "--keep", "0.75", "--out", output);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("kept 3 of 4 pairs", result.Out);
        Assert.Contains("noise removed 1 of 2: precision 1.000  recall 0.500", result.Out);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(output, "kept.jsonl")).Length);
        Assert.Contains("\"id\":\"4\"", await File.ReadAllTextAsync(Path.Combine(output, "removed.jsonl")));
        Assert.Contains("\"recall\": 0.5", await File.ReadAllTextAsync(Path.Combine(output, "summary.json")));
    }

    [Fact]
    public async Task Prune_CatTiny_WritesPerplexityPerCheckpointAndRefusesRerun()
    {
        var corpus = Temp(".jsonl");
        await File.WriteAllTextAsync(corpus, Corpus);
        var output = Temp("");
        string[] args = ["prune", "--corpus", corpus, "--target-language", "de", "--method", "cat", "--tiny", "--checkpoints", "2,4",
            "--batch-size", "2", "--max-tokens", "64", "--out", output];

        var first = await CliRunner.RunAsync("", args);
        var second = await CliRunner.RunAsync("", args);

        Assert.True(first.ExitCode == 0, first.Error);
        var scores = File.ReadAllLines(Path.Combine(output, "scores.tsv"));
        Assert.Equal("id\tppl@2\tppl@4\tscore\tkept", scores[0]);
        Assert.Equal(5, scores.Length);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("already exists", second.Error);
    }

    [Fact]
    public async Task Prune_BadKeep_IsUsageError()
    {
        var corpus = Temp(".jsonl");
        await File.WriteAllTextAsync(corpus, Corpus);

        var result = await CliRunner.RunAsync("", "prune", "--corpus", corpus, "--method", "random", "--keep", "1.5", "--out", Temp(""));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--keep must be a fraction in (0, 1]", result.Error);
    }

    [Fact]
    public async Task PruneEval_TinyTwoSystems_ReportsEveryMetricWithPValue()
    {
        var full = Temp(".jsonl");
        await File.WriteAllTextAsync(full, Corpus);
        var pruned = Temp(".jsonl");
        await File.WriteAllTextAsync(pruned, string.Join("\n", Corpus.Split('\n').Take(2)) + "\n");
        var test = Temp(".jsonl");
        await File.WriteAllTextAsync(test, "{\"source\":\"Everyone has the right.\",\"target\":\"Jeder hat das Recht.\",\"target_language\":\"de\"}\n" +
            "{\"source\":\"No one.\",\"target\":\"Niemand.\",\"target_language\":\"de\"}\n");
        var output = Temp("");

        var result = await CliRunner.RunAsync("", "prune-eval", "--train", $"full={full}", "--train", $"half={pruned}", "--test", test,
            "--tiny", "--steps", "3", "--batch-size", "2", "--max-tokens", "8", "--resamples", "50", "--out", output);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("?-de  (2 test segments)", result.Out);
        Assert.Contains("chrF2++", result.Out);
        Assert.Contains("BLEU", result.Out);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(output, "hypotheses", "half.txt")).Length);
        var json = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(output, "results.json")))!;
        var rows = json["pairs"]![0]!["metrics"]![0]!["rows"]!.AsArray();
        Assert.Null(rows[0]!["p"]);
        Assert.InRange(rows[1]!["p"]!.GetValue<double>(), 0, 1);
    }
}
