using LangGap.Evaluation;
using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Synthesis.Candidates;
using LangGap.Tests.Models;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Synthesis;

public sealed class CandidateGeneratorTests
{
    private static readonly Sample[] Prompts =
    [
        Sample.FromPrompt("a", LanguageTag.Parse("en"), "First?"),
        Sample.FromPrompt("b", LanguageTag.Parse("de"), "Zweite?"),
        Sample.FromPrompt("c", LanguageTag.Parse("en"), "Third?"),
    ];

    // The answer's length depends on the draw's seed, so candidates of one prompt differ.
    private static string Answer(ChatOptions? options, string model) => model + new string('x', (int)(options!.Seed!.Value % 7) + 1);

    private static CandidateRequest Request(params RunModel[] models) =>
        new("steer", Prompts, models, new Dictionary<string, IScorer> { ["length"] = new LengthScorer() }) { SamplesPerPrompt = 3, MaxConcurrency = 1 };

    [Fact]
    public async Task GenerateAsync_TwoModels_KCandidatesPerModelWithProvenanceAndAttributes()
    {
        using var dir = new TestDirectory();
        var a = FakeChatClient.Answering(_ => "unused");
        var one = new FakeChatClient((_, o, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Answer(o, "A")))));
        var two = new FakeChatClient((_, o, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Answer(o, "B")))));

        var batch = await CandidateGenerator.GenerateAsync(Request(new RunModel("one", one), new RunModel("two", two)), dir.Path, null, CancellationToken.None);

        Assert.Equal(["a", "b", "c"], batch.Sets.Select(s => s.Sample.Id));
        var set = batch.Sets[1];
        Assert.Equal(["one", "one", "one", "two", "two", "two"], set.Candidates.Select(c => c.Model));
        Assert.Equal([0, 1, 2, 0, 1, 2], set.Candidates.Select(c => c.SampleIndex));
        Assert.All(set.Candidates, c => Assert.Equal(c.Text.Length, c.ValueOf("length")));
        Assert.Equal(set.Candidates[0].Seed, set.Candidates[3].Seed); // draws pair up across models
        Assert.Equal(0, batch.Failed);
        Assert.Equal(0, a.Calls);
    }

    [Fact]
    public async Task GenerateAsync_KilledThenRerun_AsksOnlyWhatTheStoreLacks()
    {
        using var dir = new TestDirectory();
        using var kill = new CancellationTokenSource();
        var first = new FakeChatClient((_, o, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Answer(o, "A")))));
        var counting = new FakeChatClient((_, o, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Answer(o, "A")))));
        var killer = new FakeChatClient(async (m, o, ct) =>
        {
            if (first.Calls == 4)
            {
                await kill.CancelAsync(); // the process dies while the fifth request is in flight
                throw new OperationCanceledException(kill.Token);
            }
            return await first.GetResponseAsync(m, o, ct);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            CandidateGenerator.GenerateAsync(Request(new RunModel("one", killer)), dir.Path, null, kill.Token));
        var resumed = await CandidateGenerator.GenerateAsync(Request(new RunModel("one", counting)), dir.Path, null, CancellationToken.None);
        var callsAfterResume = counting.Calls;
        var again = await CandidateGenerator.GenerateAsync(Request(new RunModel("one", counting)), dir.Path, null, CancellationToken.None);

        Assert.Equal(4, first.Calls);
        Assert.Equal(9 - 4, callsAfterResume);
        Assert.Equal(callsAfterResume, counting.Calls);
        Assert.Equal(9, resumed.Generated);
        Assert.Equal(resumed.Sets.SelectMany(s => s.Candidates.Select(c => c.Text)), again.Sets.SelectMany(s => s.Candidates.Select(c => c.Text)));
        Assert.Equal(9, again.Summary.Skipped);
    }

    [Fact]
    public async Task GenerateAsync_OtherSettingsInFolder_RefusedNotMixed()
    {
        using var dir = new TestDirectory();
        var client = FakeChatClient.Answering(_ => "hello");
        await CandidateGenerator.GenerateAsync(Request(new RunModel("one", client)), dir.Path, null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            CandidateGenerator.GenerateAsync(Request(new RunModel("one", client)) with { Seed = 5 }, dir.Path, null, CancellationToken.None));

        Assert.Contains("Cannot resume", error.Message);
    }

    [Fact]
    public async Task GenerateAsync_FailingModel_CountedNotCandidates()
    {
        using var dir = new TestDirectory();
        var failing = new FakeChatClient((_, _, _) => throw new InvalidOperationException("server down"));

        var batch = await CandidateGenerator.GenerateAsync(Request(new RunModel("one", failing)), dir.Path, null, CancellationToken.None);

        Assert.Equal(0, batch.Generated);
        Assert.Equal(9, batch.Failed);
        Assert.Contains("server down", batch.FirstFailure);
    }
}
