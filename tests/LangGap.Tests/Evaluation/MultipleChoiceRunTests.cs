using LangGap.Evaluation;
using LangGap.Languages;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Storage;
using LangGap.Tests.Models;

namespace LangGap.Tests.Evaluation;

public sealed class MultipleChoiceRunTests
{
    private static readonly Sample[] Items =
    [
        Sample.FromPrompt("c1", LanguageTag.Parse("en"), "The sky is") with { Choices = [new Choice("green"), new Choice("blue")], Gold = 1 },
        Sample.FromPrompt("c2", LanguageTag.Parse("de"), "Der Himmel ist") with { Choices = [new Choice("blau"), new Choice("grün")], Gold = 0 },
        Sample.FromPrompt("w1", LanguageTag.Parse("fr"), "") with { Choices = [new Choice("dort.", "Le chat"), new Choice("dort.", "Le mur")], Gold = 0 },
    ];

    private static EvalTask Task() => new("mc", new InMemoryDataset("mc", Items), PromptTemplate.Identity, new GenerationOptions(),
        [MultipleChoiceScorer.Named("acc")!, MultipleChoiceScorer.Named("acc_norm")!]) { MultipleChoice = new MultipleChoiceSettings() };

    // Prefers "blue", "blau" and the cat: every item right.
    private static FakeLogLikelihoodModel Oracle() => new(r => r.Continuation is " blue" or " blau" || r.Context == "Le chat" ? -1 : -5);

    [Fact]
    public async Task RunAsync_MultipleChoiceTask_ScoresEveryOptionOnceAndStoresAccuracy()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var model = Oracle();
        var run = new EvaluationRun([Task()], [new RunModel("m", FakeChatClient.Answering(_ => "unused")) { LogLikelihood = model }],
            new RunOptions { SamplesPerPrompt = 3 });

        var summary = await new EvaluationRunner().RunAsync(run, store, null, default);

        Assert.True(summary.Completed);
        Assert.Equal(3, summary.Generated);
        Assert.Equal(6, model.Requests.Count);
        Assert.Contains(model.Requests, r => r.Context == "The sky is" && r.Continuation == " blue");
        Assert.Contains(model.Requests, r => r.Context == "Le mur" && r.Continuation == " dort.");
        var scores = await store.ReadScoresAsync(default);
        Assert.Equal(6, scores.Count);
        Assert.All(scores, s => Assert.Equal(1, s.Value));
        var stored = ChoiceLogLikelihoods.Parse((await store.ReadGenerationsAsync(default)).First(g => g.SampleId == "c1").Text!);
        Assert.Equal([-5.0, -1.0], stored!.LogProbs);
    }

    [Fact]
    public async Task RunAsync_Rerun_CallsNoBackend()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var model = Oracle();
        var run = new EvaluationRun([Task()], [new RunModel("m", FakeChatClient.Answering(_ => "unused")) { LogLikelihood = model }], new RunOptions());
        await new EvaluationRunner().RunAsync(run, store, null, default);

        var second = await new EvaluationRunner().RunAsync(run, store, null, default);

        Assert.Equal(3, model.Calls);
        Assert.Equal(3, second.Skipped);
        Assert.Equal(0, second.Scored);
    }

    [Fact]
    public async Task RunAsync_ModelWithoutLogLikelihoods_RefusedBeforeStartingWithReason()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var run = new EvaluationRun([Task()], [new RunModel("chat-only", FakeChatClient.Answering(_ => "B"))], new RunOptions());

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => new EvaluationRunner().RunAsync(run, store, null, default));

        Assert.Contains("model 'chat-only' cannot return prompt log-probabilities", error.Message);
        Assert.Contains("prompt_logprobs", error.Message);
        Assert.Empty(await store.ReadGenerationsAsync(default));
    }
}
