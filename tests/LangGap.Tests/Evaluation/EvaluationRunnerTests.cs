using LangGap.Languages;
using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Models;
using LangGap.Storage;
using LangGap.Tests.Models;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Evaluation;

public sealed class EvaluationRunnerTests
{
    private static readonly Sample[] Samples =
    [
        Sample.FromPrompt("q1", LanguageTag.Parse("en"), "2+2?", ["4"]),
        Sample.FromPrompt("q2", LanguageTag.Parse("bn"), "৩+৩?", ["6"]),
        Sample.FromPrompt("q3", LanguageTag.Parse("th"), "๕+๕?", ["10"]),
    ];

    private static EvalTask Task(params IScorer[] scorers) => new(
        "math", new InMemoryDataset("math", Samples), new PromptTemplate { System = "Answer in {language_name} ({language}).", User = "Q: {prompt}" },
        new GenerationOptions { Temperature = 0.7f }, scorers.Length == 0 ? [new NumericMatchScorer(), new LengthScorer()] : scorers);

    private static FakeChatClient Solver() => FakeChatClient.Answering(messages => messages[^1].Text switch
    {
        var t when t.Contains("2+2") => "The answer is 4",
        var t when t.Contains('৩') => "উত্তর ৬",
        _ => "ไม่รู้",
    });

    private static EvaluationRun Run(IReadOnlyList<RunModel> models, RunOptions? options = null, EvalTask? task = null) =>
        new([task ?? Task()], models, options ?? new RunOptions { SamplesPerPrompt = 2, Seed = 11, MaxConcurrency = 4 });

    [Fact]
    public async Task RunAsync_TwoModelsTwoSamples_StoresEveryGenerationAndScore()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var a = Solver();
        var b = Solver();

        var summary = await new EvaluationRunner().RunAsync(Run([new RunModel("a", a), new RunModel("b", b)]), store, null, default);

        Assert.True(summary.Completed);
        Assert.Equal(12, summary.Total);
        Assert.Equal(12, summary.Generated);
        Assert.Equal(24, summary.Scored);
        var generations = await store.ReadGenerationsAsync(default);
        Assert.Equal(12, generations.Count);
        var scores = await store.ReadScoresAsync(default);
        var matches = scores.Where(s => s.Scorer == ScorerIdentity.Of(new NumericMatchScorer()).Key).ToDictionary(s => s.GenerationKey, s => s.Value);
        Assert.All(generations.Where(g => g.SampleId == "q1"), g => Assert.Equal(1, matches[g.Key]));
        Assert.All(generations.Where(g => g.SampleId == "q2"), g => Assert.Equal(1, matches[g.Key]));
        Assert.All(generations.Where(g => g.SampleId == "q3"), g => Assert.Equal(0, matches[g.Key]));
        Assert.Contains("Answer in Bengali (bn).", generations.First(g => g.SampleId == "q2").PromptJson);
    }

    [Fact]
    public async Task RunAsync_Seeds_PairedAcrossModelsAndDistinctAcrossDraws()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);

        await new EvaluationRunner().RunAsync(Run([new RunModel("a", Solver()), new RunModel("b", Solver())]), store, null, default);

        var generations = await store.ReadGenerationsAsync(default);
        foreach (var draw in generations.GroupBy(g => (g.SampleId, g.SampleIndex)))
        {
            Assert.Single(draw.Select(g => g.Seed).Distinct());
        }
        Assert.Equal(6, generations.Select(g => g.Seed).Distinct().Count());
    }

    [Fact]
    public async Task RunAsync_Rerun_SkipsStoredWorkAndCallsNoModel()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var model = Solver();
        var run = Run([new RunModel("a", model)]);
        var first = await new EvaluationRunner().RunAsync(run, store, null, default);

        var second = await new EvaluationRunner().RunAsync(run, store, null, default);

        Assert.Equal(6, model.Calls);
        Assert.Equal(6, second.Skipped);
        Assert.Equal(0, second.Generated);
        Assert.Equal(first.RunId, second.RunId);
        Assert.Equal(6, (await store.ReadGenerationsAsync(default)).Count);
        Assert.Single(await store.ReadRunsAsync(default));
    }

    [Fact]
    public async Task RunAsync_ScorerAddedLater_FillsMissingScoresWithoutGenerating()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var model = Solver();
        await new EvaluationRunner().RunAsync(Run([new RunModel("a", model)], task: Task(new LengthScorer())), store, null, default);

        var summary = await new EvaluationRunner().RunAsync(Run([new RunModel("a", model)], task: Task(new LengthScorer(), new NumericMatchScorer())), store, null, default);

        Assert.Equal(6, model.Calls);
        Assert.Equal(6, summary.Scored);
        Assert.Equal(12, (await store.ReadScoresAsync(default)).Count);
    }

    [Fact]
    public async Task RunAsync_ChrFSettingsChanged_RescoresUnderNewIdentityAndKeepsOldScores()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var model = Solver();
        var chrf = ReferenceMetricScorer.ChrF();
        var chrfPlusPlus = ReferenceMetricScorer.ChrF(new LangGap.Metrics.ChrFOptions { WordOrder = 2 });
        await new EvaluationRunner().RunAsync(Run([new RunModel("a", model)], task: Task(chrf)), store, null, default);

        var rerun = await new EvaluationRunner().RunAsync(Run([new RunModel("a", model)], task: Task(chrfPlusPlus)), store, null, default);

        Assert.Equal("chrf", chrfPlusPlus.Name);
        Assert.NotEqual(ScorerIdentity.Of(chrf).Key, ScorerIdentity.Of(chrfPlusPlus).Key);
        Assert.Equal(6, model.Calls);
        Assert.Equal(0, rerun.Generated);
        Assert.Equal(6, rerun.Scored);
        var scores = await store.ReadScoresAsync(default);
        Assert.Equal(6, scores.Count(s => s.Scorer == ScorerIdentity.Of(chrf).Key));
        Assert.Equal(6, scores.Count(s => s.Scorer == ScorerIdentity.Of(chrfPlusPlus).Key));
        // chrF++ has 3 × (6 + 2) statistics per segment, chrF 3 × 6: the new scores were computed under the new settings.
        Assert.All(scores.Where(s => s.Scorer == ScorerIdentity.Of(chrfPlusPlus).Key && s.Value is not null), s => Assert.Equal(24, s.Statistics!.Count));
        Assert.Equal(2, (await store.ReadScorersAsync(default)).Count);
    }

    [Fact]
    public async Task RunAsync_UnchangedRerun_ComputesNothing()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var model = Solver();
        var counting = new CountingScorer();
        await new EvaluationRunner().RunAsync(Run([new RunModel("a", model)], task: Task(counting, ReferenceMetricScorer.ChrF())), store, null, default);
        var callsBefore = (model.Calls, counting.Calls);

        var rerun = await new EvaluationRunner().RunAsync(Run([new RunModel("a", model)], task: Task(counting, ReferenceMetricScorer.ChrF())), store, null, default);

        Assert.Equal((6, 6), callsBefore);
        Assert.Equal((6, 6), (model.Calls, counting.Calls));
        Assert.Equal((0L, 6L, 0L), (rerun.Generated, rerun.Skipped, rerun.Scored));
    }

    [Fact]
    public async Task RunAsync_Scorers_DescriptorAndSettingsRecordedWithTheRun()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);

        await new EvaluationRunner().RunAsync(Run([new RunModel("a", Solver())], task: Task(ReferenceMetricScorer.ChrF(), new NumericMatchScorer())), store, null, default);

        var scorers = (await store.ReadScorersAsync(default)).Select(ScorerDefinition.FromRecord).ToDictionary(s => s.Identity.Name);
        Assert.Equal(ScoreKind.Graded, scorers["chrf"].Descriptor.Kind);
        Assert.IsType<ReferenceMetricSettings>(scorers["chrf"].Corpus);
        Assert.Contains("\"word_order\":0", scorers["chrf"].Identity.SettingsJson);
        Assert.Equal(ScoreDescriptor.PassRate, scorers["numeric-match"].Descriptor);
        Assert.Null(scorers["numeric-match"].Corpus);
    }

    [Fact]
    public async Task RunAsync_FailingModel_RecordsFailuresAndRetriesThemOnRerun()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var healthy = false;
        var model = new FakeChatClient((_, _, _) => healthy
            ? System.Threading.Tasks.Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "4")))
            : throw new ModelCallException("Gave up after 3 attempts: server answered 503", 3, new IOException()));
        var run = Run([new RunModel("a", model)], new RunOptions { SamplesPerPrompt = 2, MaxFailureFraction = 1, RetryFailed = true });

        var first = await new EvaluationRunner().RunAsync(run, store, null, default);
        var failed = await store.ReadGenerationsAsync(default);
        healthy = true;
        var second = await new EvaluationRunner().RunAsync(run, store, null, default);

        Assert.Equal(6, first.Failed);
        Assert.Equal(0, first.Scored);
        Assert.All(failed, g => Assert.Equal((GenerationStatus.Failed, 3, "Gave up after 3 attempts: server answered 503"), (g.Status, g.Attempts, g.FailureReason)));
        Assert.Equal(6, second.Generated);
        Assert.All(await store.ReadGenerationsAsync(default), g => Assert.Equal(GenerationStatus.Ok, g.Status));
        Assert.Equal(12, (await store.ReadScoresAsync(default)).Count);
    }

    [Fact]
    public async Task RunAsync_FailureFractionExceeded_StopsAndSaysWhy()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var samples = Enumerable.Range(0, 200).Select(i => Sample.FromPrompt($"s{i}", LanguageTag.Parse("en"), $"{i}?", ["1"])).ToList();
        var task = new EvalTask("many", new InMemoryDataset("many", samples), PromptTemplate.Identity, new GenerationOptions(), [new LengthScorer()]);
        var model = new FakeChatClient((_, _, _) => throw new ModelCallException("Gave up after 1 attempt: down", 1, new IOException()));
        var run = new EvaluationRun([task], [new RunModel("a", model)], new RunOptions { MaxConcurrency = 2, MinimumBeforeStop = 10, MaxFailureFraction = 0.5 });

        var summary = await new EvaluationRunner().RunAsync(run, store, null, default);

        Assert.NotNull(summary.StopReason);
        Assert.Contains("last failure: Gave up after 1 attempt: down", summary.StopReason);
        Assert.False(summary.Completed);
        Assert.True(summary.Generated < 200);
        Assert.Equal(summary.Generated, (await store.ReadGenerationsAsync(default)).Count);
    }

    [Fact]
    public async Task RunAsync_ScorerThrows_ScoreIsUnscoredWithReason()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);

        await new EvaluationRunner().RunAsync(Run([new RunModel("a", Solver())], new RunOptions(), Task(new ThrowingScorer())), store, null, default);

        Assert.All(await store.ReadScoresAsync(default), s => Assert.Equal((null, "scorer 'broken' failed: judge offline"), (s.Value, s.UnscoredReason)));
    }

    [Fact]
    public async Task RunAsync_Progress_FinalReportCoversEverything()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var reports = new List<RunProgress>();

        await new EvaluationRunner().RunAsync(Run([new RunModel("a", Solver())]), store, new SynchronousProgress(reports.Add), default);

        var last = reports[^1];
        Assert.Equal(6, last.Total);
        Assert.Equal(6, last.Done);
        Assert.Equal(TimeSpan.Zero, last.Eta);
    }

    [Fact]
    public async Task RunAsync_TemplateNamesMissingField_ThrowsNamingSample()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var task = Task() with { Prompt = new PromptTemplate { User = "{prompt} in {target_language}" } };

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => new EvaluationRunner().RunAsync(Run([new RunModel("a", Solver())], task: task), store, null, default));

        Assert.Contains("'{target_language}'", error.Message);
        Assert.Contains("'q1'", error.Message);
    }

    [Fact]
    public async Task RunAsync_InvalidOptions_ListsEveryProblem()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var run = new EvaluationRun([Task(), Task()], [], new RunOptions { MaxConcurrency = 0, SamplesPerPrompt = 0 });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new EvaluationRunner().RunAsync(run, store, null, default));

        Assert.Contains("MaxConcurrency", error.Message);
        Assert.Contains("SamplesPerPrompt", error.Message);
        Assert.Contains("no model", error.Message);
        Assert.Contains("'math' is used twice", error.Message);
    }

    private sealed class ThrowingScorer : IScorer
    {
        public string Name => "broken";

        public ScoreDescriptor Descriptor => ScoreDescriptor.PassRate;

        public ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken) => throw new HttpRequestException("judge offline");
    }

    private sealed class CountingScorer : IScorer
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => "counting";

        public ScoreDescriptor Descriptor => ScoreDescriptor.PassRate;

        public ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return ValueTask.FromResult(Score.Of(1));
        }
    }

    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            lock (this) report(value);
        }
    }
}
