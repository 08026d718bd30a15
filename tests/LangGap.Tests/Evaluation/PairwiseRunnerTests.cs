using System.Text.Json;
using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Storage;
using LangGap.Tests.Models;

namespace LangGap.Tests.Evaluation;

public sealed class PairwiseRunnerTests
{
    private static readonly Sample[] Samples = [.. Enumerable.Range(1, 8).Select(i => Sample.FromPrompt($"p{i}", LanguageTag.Parse(i % 2 == 0 ? "sw" : "en"), $"Say {i}."))];

    private static EvaluationRun Run(FakeChatClient judge, bool bothOrders, params string[] models)
    {
        var task = new EvalTask("chat", new InMemoryDataset("chat", Samples), PromptTemplate.Identity, new GenerationOptions(), [new LengthScorer()])
        {
            Pairwise = [new PairwiseScorer(judge, "judge", bothOrders)],
        };
        return new EvaluationRun([task], [.. models.Select(m => new RunModel(m, FakeChatClient.Answering(_ => $"answer of {m}")))],
            new RunOptions { SamplesPerPrompt = 2, Seed = 5, MaxConcurrency = 2 });
    }

    private static string Field(ScoreRecord s, string name) => JsonDocument.Parse(s.DetailsJson!).RootElement.GetProperty(name).GetString()!;

    [Fact]
    public async Task RunAsync_JudgeAlwaysPicksFirstShown_VerdictsFollowTheStoredOrderAndRerunAsksNothing()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var judge = FakeChatClient.Answering(_ => "The first one.\nVerdict: A");

        await new EvaluationRunner().RunAsync(Run(judge, false, "a", "b"), store, null, default);
        var callsAfterFirst = judge.Calls;
        await new EvaluationRunner().RunAsync(Run(judge, false, "a", "b"), store, null, default);

        var generations = (await store.ReadGenerationsAsync(default)).ToDictionary(g => g.Key);
        var verdicts = (await store.ReadScoresAsync(default)).Where(s => s.Scorer.StartsWith("pairwise-judge|", StringComparison.Ordinal)).ToList();
        Assert.Equal(16, callsAfterFirst); // 8 prompts × 2 samples, b against a
        Assert.Equal(callsAfterFirst, judge.Calls);
        Assert.Equal(16, verdicts.Count);
        Assert.All(verdicts, v =>
        {
            var challenger = generations[v.GenerationKey];
            var baselineKey = v.Scorer.Split('|')[2];
            Assert.Equal("b", challenger.Model);
            Assert.Equal("a", generations[baselineKey].Model);
            Assert.Equal((challenger.SampleId, challenger.SampleIndex), (generations[baselineKey].SampleId, generations[baselineKey].SampleIndex));
            // The judge picked whatever it saw first, so the verdict is A exactly when A was shown first.
            Assert.Equal(Field(v, "shown") == "AB" ? 1.0 : 0.0, v.Value);
            Assert.Equal(Field(v, "shown") == "AB" ? "A" : "B", Field(v, "verdict"));
            Assert.Contains("The first one.", Field(v, "rationale"));
        });
        Assert.Equal(2, verdicts.Select(v => Field(v, "shown")).Distinct().Count());
    }

    [Fact]
    public async Task RunAsync_BothOrdersThreeModels_TwoVerdictsPerPairAgainstTheFirstModel()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var judge = FakeChatClient.Answering(_ => "Verdict: TIE");

        await new EvaluationRunner().RunAsync(Run(judge, true, "base", "x", "y"), store, null, default);

        var generations = (await store.ReadGenerationsAsync(default)).ToDictionary(g => g.Key);
        var verdicts = (await store.ReadScoresAsync(default)).Where(s => s.Scorer.StartsWith("pairwise-judge|", StringComparison.Ordinal)).ToList();
        Assert.Equal(64, judge.Calls); // 16 prompt draws × 2 challengers × 2 orders
        Assert.Equal(64, verdicts.Count);
        Assert.Equal(32, verdicts.Count(v => v.Scorer.EndsWith("|ab", StringComparison.Ordinal)));
        Assert.Equal(["x", "y"], verdicts.Select(v => generations[v.GenerationKey].Model).Distinct().Order());
        Assert.All(verdicts, v => Assert.Equal(0.5, v.Value));
        Assert.Equal(32, verdicts.Count(v => Field(v, "shown") == "AB"));
        Assert.Equal(32, verdicts.Count(v => Field(v, "shown") == "BA"));
    }

    [Fact]
    public async Task RunAsync_JudgeReplyWithoutVerdict_StoredUnscoredWithReasonNotRetried()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var judge = FakeChatClient.Answering(_ => "Both are fine, I think.");

        await new EvaluationRunner().RunAsync(Run(judge, false, "a", "b"), store, null, default);
        await new EvaluationRunner().RunAsync(Run(judge, false, "a", "b"), store, null, default);

        var verdicts = (await store.ReadScoresAsync(default)).Where(s => s.Scorer.StartsWith("pairwise-judge|", StringComparison.Ordinal)).ToList();
        Assert.Equal(16, judge.Calls);
        Assert.Equal(16, verdicts.Count);
        Assert.All(verdicts, v =>
        {
            Assert.Null(v.Value);
            Assert.Contains("no verdict", v.UnscoredReason);
        });
    }

    [Fact]
    public async Task RunAsync_OneModel_AsksNoJudge()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var judge = FakeChatClient.Answering(_ => "Verdict: A");

        await new EvaluationRunner().RunAsync(Run(judge, false, "a"), store, null, default);

        Assert.Equal(0, judge.Calls);
    }
}
