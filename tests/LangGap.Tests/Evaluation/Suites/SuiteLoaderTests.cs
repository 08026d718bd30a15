using LangGap.Evaluation.Suites;

namespace LangGap.Tests.Evaluation.Suites;

public sealed class SuiteLoaderTests
{
    [Fact]
    public async Task LoadAsync_BuiltInDemo_ThreeTasksWithScorersAndOptions()
    {
        var suite = await SuiteLoader.LoadAsync("demo", null, CancellationToken.None);

        Assert.Equal("demo", suite.Name);
        Assert.Equal(["translation", "questions", "open"], suite.Tasks.Select(t => t.Name));
        Assert.Equal(["chrf", "language-fidelity"], suite.Tasks[0].Scorers.Select(s => s.Name));
        Assert.Equal(64, suite.Tasks[0].Generation.MaxTokens);
        Assert.Equal(48, suite.Tasks[1].Generation.MaxTokens);
        Assert.Equal(["<|end|>", "\n"], suite.Tasks[1].Generation.Stop);
        Assert.Equal(11, suite.Languages.Count);
        Assert.Equal("native", suite.Languages.Single(l => l.Code == "en").PromptOrigin);
        var samples = await suite.Tasks[0].Dataset.LoadAsync(CancellationToken.None);
        Assert.Equal(100, samples.Count);
        Assert.Single(samples[0].References);
        Assert.Equal("es", samples[0].Metadata["target_language"]);
    }

    [Fact]
    public async Task LoadAsync_HeldOutTrainingSuite_ResolvesTheDemoOpenPromptsRelativeToItsFile()
    {
        var path = Path.Combine(ReferenceData.RepositoryRoot, "assets", "examples", "train", "heldout-suite.json");

        var suite = await SuiteLoader.LoadAsync(path, null, CancellationToken.None);

        var task = Assert.Single(suite.Tasks);
        Assert.Equal(["language-fidelity"], task.Scorers.Select(s => s.Name));
        var samples = await task.Dataset.LoadAsync(CancellationToken.None);
        Assert.Equal(110, samples.Count);
        var training = await File.ReadAllTextAsync(Path.Combine(ReferenceData.RepositoryRoot, "assets", "examples", "train", "rloo-prompts.jsonl"));
        Assert.DoesNotContain(samples, s => training.Contains(s.Messages[^1].Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_UnknownScorer_ErrorNamesScorerAndFile()
    {
        var dir = Directory.CreateTempSubdirectory();
        var path = Path.Combine(dir.FullName, "suite.json");
        await File.WriteAllTextAsync(path, """{"name":"x","tasks":[{"name":"t","dataset":{"format":"jsonl","path":"d.jsonl"},"scorers":[{"name":"rouge"}]}]}""");

        var e = await Assert.ThrowsAsync<InvalidInputException>(() => SuiteLoader.LoadAsync(path, null, CancellationToken.None));

        Assert.Contains("rouge", e.Message);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public async Task LoadAsync_JudgeWithoutModels_ErrorSaysGiveModels()
    {
        var dir = Directory.CreateTempSubdirectory();
        var path = Path.Combine(dir.FullName, "suite.json");
        await File.WriteAllTextAsync(path, """{"tasks":[{"name":"t","dataset":{"path":"d.jsonl"},"scorers":[{"name":"judge","judge":"big"}]}]}""");

        var e = await Assert.ThrowsAsync<InvalidInputException>(() => SuiteLoader.LoadAsync(path, null, CancellationToken.None));

        Assert.Contains("--models", e.Message);
    }
}
