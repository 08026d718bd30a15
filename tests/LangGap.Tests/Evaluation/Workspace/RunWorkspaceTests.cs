using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Evaluation.Suites;
using LangGap.Evaluation.Workspace;
using LangGap.Languages;
using LangGap.Tests.Models;

namespace LangGap.Tests.Evaluation.Workspace;

public sealed class RunWorkspaceTests
{
    private static EvaluationRun Run(string identity, params Sample[] samples) => Run(identity, new LengthScorer(), samples);

    private static EvaluationRun Run(string identity, IScorer scorer, params Sample[] samples)
    {
        var task = new EvalTask("qa", new InMemoryDataset("qa", samples.Length > 0 ? samples : [Sample.FromPrompt("q1", LanguageTag.Parse("de"), "Hallo?")]),
            PromptTemplate.Identity, new GenerationOptions(), [scorer]);
        var model = new RunModel("out/rloo", FakeChatClient.Answering(_ => "Hallo!")) { Identity = identity };
        return new EvaluationRun([task], [model], new RunOptions()) { Suite = new SuiteContext("tiny", [new SuiteLanguage("de", 5, "native")]) };
    }

    [Fact]
    public async Task OpenAsync_SameSettings_ResumesAndRunsNothing()
    {
        using var directory = new TestDirectory();
        var workspace = RunWorkspace.At(directory.File("run"), "tiny");
        await using (var store = await workspace.OpenAsync(Run("weights:sha256:aa"), default))
        {
            await new EvaluationRunner().RunAsync(Run("weights:sha256:aa"), store, null, default);
        }

        await using var again = await workspace.OpenAsync(Run("weights:sha256:aa"), default);
        var summary = await new EvaluationRunner().RunAsync(Run("weights:sha256:aa"), again, null, default);

        Assert.Equal((0, 1), (summary.Generated, summary.Skipped));
    }

    [Fact]
    public async Task OpenAsync_ModelRetrainedOrDataChanged_RefusedNamingTheChange()
    {
        using var directory = new TestDirectory();
        var workspace = RunWorkspace.At(directory.File("run"), "tiny");
        await using (var store = await workspace.OpenAsync(Run("weights:sha256:aa"), default))
        {
            await new EvaluationRunner().RunAsync(Run("weights:sha256:aa"), store, null, default);
        }

        var retrained = await Assert.ThrowsAsync<InvalidInputException>(() => workspace.OpenAsync(Run("weights:sha256:bb"), default));
        var newData = await Assert.ThrowsAsync<InvalidInputException>(() => workspace.OpenAsync(
            Run("weights:sha256:aa", Sample.FromPrompt("q1", LanguageTag.Parse("de"), "Guten Tag?")), default));

        Assert.Contains("(model 'out/rloo' identity: weights:sha256:aa → weights:sha256:bb)", retrained.Message, StringComparison.Ordinal);
        Assert.Contains("task 'qa' samples sha256: ", newData.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_ScorerSettingsChanged_RefusedNamingScorerAndKeysAndNothingWritten()
    {
        using var directory = new TestDirectory();
        var workspace = RunWorkspace.At(directory.File("run"), "tiny");
        var chrf = ReferenceMetricScorer.ChrF();
        var chrfPlusPlus = ReferenceMetricScorer.ChrF(new LangGap.Metrics.ChrFOptions { WordOrder = 2 });
        await using (var store = await workspace.OpenAsync(Run("x", chrf), default))
        {
            await new EvaluationRunner().RunAsync(Run("x", chrf), store, null, default);
        }

        var changed = await Assert.ThrowsAsync<InvalidInputException>(() => workspace.OpenAsync(Run("x", chrfPlusPlus), default));
        await using var unchanged = await workspace.OpenAsync(Run("x", ReferenceMetricScorer.ChrF()), default);

        Assert.Contains($"(task 'qa' scorer 'chrf' key: {ScorerIdentity.Of(chrf).Key} → {ScorerIdentity.Of(chrfPlusPlus).Key})",
            changed.Message, StringComparison.Ordinal);
        Assert.Equal([ScorerIdentity.Of(chrf).Key], (await unchanged.ReadScorersAsync(default)).Select(s => s.Key));
        Assert.Single(await unchanged.ReadRunsAsync(default));
    }

    [Fact]
    public async Task ReadSuiteContextAsync_RunFolder_ContextFromRunDb()
    {
        using var directory = new TestDirectory();
        var workspace = RunWorkspace.At(directory.File("run"), "tiny");
        await using (var store = await workspace.OpenAsync(Run("x"), default))
        {
            await new EvaluationRunner().RunAsync(Run("x"), store, null, default);
        }

        var context = await RunWorkspace.ReadSuiteContextAsync(workspace.Folder, default);

        Assert.NotNull(context);
        Assert.Equal("tiny", context.Name);
        Assert.Equal(new SuiteLanguage("de", 5, "native"), Assert.Single(context.Languages));
    }

    [Fact]
    public void At_NoFolder_NewFolderUnderRootNamedByTimeAndSuite()
    {
        using var directory = new TestDirectory();
        var time = new FixedTime(new DateTimeOffset(2026, 12, 4, 1, 2, 3, TimeSpan.Zero));
        Directory.CreateDirectory(Path.Combine(directory.File("runs"), "20261204-010203-demo"));

        var workspace = RunWorkspace.At(null, "demo", time, directory.File("runs"));

        Assert.Equal(Path.Combine(directory.File("runs"), "20261204-010203-demo-2"), workspace.Folder);
    }

    [Theory]
    [InlineData("""{"tasks":[{"name":"a","scorers":[{"name":"chrf","key":"chrf@1"}]}]}""", """{"tasks":[{"name":"a","scorers":[{"name":"chrf","key":"chrf@1"},{"name":"bleu","key":"bleu@2"}]}]}""", "task 'a' scorer 'bleu' added")]
    [InlineData("""{"tasks":[{"name":"a"}]}""", """{"tasks":[{"name":"a"},{"name":"b"}]}""", "task 'b' added")]
    [InlineData("""{"options":{"seed":0,"limit":null}}""", """{"options":{"seed":0,"limit":5}}""", "options limit: (none) → 5")]
    public void Compare_Changed_SaysWhatChanged(string before, string after, string expected)
    {
        Assert.Equal([expected], RunSettingsChange.Compare(before, after));
    }

    [Fact]
    public void Compare_Equal_NoChange()
    {
        Assert.Empty(RunSettingsChange.Compare("""{"models":[{"id":"a","identity":"x"}]}""", """{"models":[{"id":"a","identity":"x"}]}"""));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
