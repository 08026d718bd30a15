using LangGap.Statistics.Preference;
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
        var verdicts = await store.ReadPairwiseVerdictsAsync(default);
        Assert.Equal(16, callsAfterFirst); // 8 prompts × 2 samples, b against a
        Assert.Equal(callsAfterFirst, judge.Calls);
        Assert.Equal(16, verdicts.Count);
        Assert.All(verdicts, v =>
        {
            var challenger = generations[v.ChallengerKey];
            Assert.Equal("b", challenger.Model);
            Assert.Equal("a", generations[v.BaselineKey].Model);
            Assert.Equal((challenger.SampleId, challenger.SampleIndex), (generations[v.BaselineKey].SampleId, generations[v.BaselineKey].SampleIndex));
            // The judge picked whatever it saw first, so the verdict is A exactly when A was shown first.
            Assert.Equal(v.Swapped ? Verdict.B : Verdict.A, v.Verdict);
            Assert.Equal(("judge", "random"), (v.Judge, v.Order));
            Assert.Contains("The first one.", v.Rationale);
        });
        Assert.Equal(2, verdicts.Select(v => v.Swapped).Distinct().Count());
        Assert.DoesNotContain(await store.ReadScoresAsync(default), s => s.Scorer.StartsWith("pairwise", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_BothOrdersThreeModels_TwoVerdictsPerPairAgainstTheFirstModel()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var judge = FakeChatClient.Answering(_ => "Verdict: TIE");

        await new EvaluationRunner().RunAsync(Run(judge, true, "base", "x", "y"), store, null, default);

        var generations = (await store.ReadGenerationsAsync(default)).ToDictionary(g => g.Key);
        var verdicts = await store.ReadPairwiseVerdictsAsync(default);
        Assert.Equal(64, judge.Calls); // 16 prompt draws × 2 challengers × 2 orders
        Assert.Equal(64, verdicts.Count);
        Assert.Equal(32, verdicts.Count(v => v.Order == "ab"));
        Assert.Equal(["x", "y"], verdicts.Select(v => generations[v.ChallengerKey].Model).Distinct().Order());
        Assert.All(verdicts, v => Assert.Equal(Verdict.Tie, v.Verdict));
        Assert.Equal(32, verdicts.Count(v => !v.Swapped));
        Assert.Equal(32, verdicts.Count(v => v.Swapped));
    }

    [Fact]
    public async Task RunAsync_JudgeReplyWithoutVerdict_StoredUnscoredWithReasonNotRetried()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var judge = FakeChatClient.Answering(_ => "Both are fine, I think.");

        await new EvaluationRunner().RunAsync(Run(judge, false, "a", "b"), store, null, default);
        await new EvaluationRunner().RunAsync(Run(judge, false, "a", "b"), store, null, default);

        var verdicts = await store.ReadPairwiseVerdictsAsync(default);
        Assert.Equal(16, judge.Calls);
        Assert.Equal(16, verdicts.Count);
        Assert.All(verdicts, v =>
        {
            Assert.Null(v.Verdict);
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
