using LangGap.Evaluation;
using LangGap.Evaluation.Aggregation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Storage;
using LangGap.Tests.Models;

namespace LangGap.Tests.Evaluation.Aggregation;

public sealed class ScoreAggregatorTests
{
    // Six prompts in two harm categories; the model "refuses" (answers 0) only the violence prompts in English.
    private static readonly Sample[] Samples =
    [
        .. new[] { ("en", "violence"), ("en", "violence"), ("en", "fraud"), ("sw", "violence"), ("sw", "fraud"), ("sw", "fraud") }
            .Select((x, i) => Sample.FromPrompt($"p{i}", LanguageTag.Parse(x.Item1), $"{x.Item2} {x.Item1} {i}", ["0"],
                new Dictionary<string, string> { ["harm_category"] = x.Item2 })),
    ];

    [Fact]
    public async Task AggregateAsync_GroupByMetadataField_OneGroupPerCategoryWithDescriptorIntervals()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var model = FakeChatClient.Answering(m => m[^1].Text.StartsWith("violence en", StringComparison.Ordinal) ? "0" : "1");
        var task = new EvalTask("red", new InMemoryDataset("red", Samples), PromptTemplate.Identity, new GenerationOptions(), [new NumericMatchScorer()]);
        await new EvaluationRunner().RunAsync(new EvaluationRun([task], [new RunModel("m", model)], new RunOptions()), store, null, default);

        var result = await ScoreAggregator.AggregateAsync(store, new AggregationOptions { GroupBy = ["harm_category"] }, default);

        var groups = result.Groups.ToDictionary(g => (g.Language, g.Metadata[0]));
        Assert.Equal(4, groups.Count);
        Assert.Equal((2, 1.0), (groups[("en", "violence")].Count, groups[("en", "violence")].Mean!.Value));
        Assert.Equal((1, 0.0), (groups[("en", "fraud")].Count, groups[("en", "fraud")].Mean!.Value));
        Assert.Equal((2, 0.0), (groups[("sw", "fraud")].Count, groups[("sw", "fraud")].Mean!.Value));
        Assert.All(result.Groups, g => Assert.Equal(IntervalMethod.Wilson, g.Interval));
        // Gaps are per category: within violence, sw (0.0) is worse than the reference en (1.0).
        var violence = result.Gaps.Single(g => g.Metadata[0] == "violence");
        Assert.Equal(("sw", "en"), (violence.WorstLanguage, violence.ReferenceLanguage));
        Assert.Equal(-1, violence.GapToReference["sw"], 12);
        Assert.Equal(0, result.UnknownScores);
    }
}
