using LangGap.Languages;
using LangGap.Reasoning;

namespace LangGap.Tests.Reasoning;

public sealed class BudgetForcerTests
{
    private const string Prompt = "<|user|>Start at 4 and add 3 and 2.<|assistant|>";
    private static readonly string[] AnswerStops = ["<|end|>", "\n"];

    [Fact]
    public async Task RunAsync_BudgetReached_AppendsEndMarkerAndFinalAnswerAndCountsOnlyGeneratedTokens()
    {
        // Arrange
        var backend = new ScriptedBackend(new Continuation("4 + 3 = 7. 7 +", 16, PhaseEnd.Length), new Continuation(" 9", 2, PhaseEnd.Stop));

        // Act
        var trace = await BudgetForcer.RunAsync(backend, ThinkingFormat.Embedded, Prompt, AnswerStops, new BudgetForcingOptions { Budget = 16, Ignore = 3 }, default);

        // Assert
        Assert.Equal(["<|user|>Start at 4 and add 3 and 2.<|assistant|><|think|>", "<|user|>Start at 4 and add 3 and 2.<|assistant|><|think|>4 + 3 = 7. 7 +<|answer|>Final Answer:"],
            backend.Requests.Select(r => r.Prompt));
        Assert.Equal(16, backend.Requests[0].MaxTokens);
        Assert.Equal(["<|answer|>", "<|end|>", "\n"], backend.Requests[0].Stop);
        Assert.Equal(AnswerStops, backend.Requests[1].Stop);
        Assert.True(trace.Truncated);
        Assert.Equal(0, trace.Extensions);
        Assert.Equal(16, trace.ThinkingTokens);
        Assert.Equal(" 9", trace.Answer);
        Assert.Equal("budget", trace.ToMetadata(16)["reasoning.thinking_end"]);
    }

    [Fact]
    public async Task RunAsync_EarlyEnd_ReplacesEndMarkerWithIgnoreStringNTimesWithOneTokenMinimum()
    {
        // Arrange
        var backend = new ScriptedBackend(
            new Continuation("4 + 3 = 7. So the answer is 7.", 30, PhaseEnd.Stop),
            new Continuation(", 7 + 2 = 9.", 12, PhaseEnd.Stop),
            new Continuation(", 9.", 4, PhaseEnd.Stop),
            new Continuation("Final Answer: 9", 15, PhaseEnd.Stop));

        // Act
        var trace = await BudgetForcer.RunAsync(backend, ThinkingFormat.Embedded, Prompt, AnswerStops,
            new BudgetForcingOptions { Budget = 100, Ignore = 2, Forcing = LanguageForcing.Of(ForcingMode.Wait, LanguageTag.Parse("de")) }, default);

        // Assert
        var head = Prompt + "<|think|>";
        Assert.Equal(head + "4 + 3 = 7. So the answer is 7. Warte", backend.Requests[1].Prompt);
        Assert.Equal(head + "4 + 3 = 7. So the answer is 7. Warte, 7 + 2 = 9. Warte", backend.Requests[2].Prompt);
        Assert.Equal(head + "4 + 3 = 7. So the answer is 7. Warte, 7 + 2 = 9. Warte, 9.<|answer|>", backend.Requests[3].Prompt);
        Assert.Equal([100, 70, 58], backend.Requests.Take(3).Select(r => r.MaxTokens));
        Assert.Equal([0, 1, 1], backend.Requests.Take(3).Select(r => r.MinTokens));
        Assert.False(trace.Truncated);
        Assert.Equal(2, trace.Extensions);
        Assert.Equal(46, trace.ThinkingTokens);
        Assert.Equal("end-marker", trace.ToMetadata(100)["reasoning.thinking_end"]);
    }

    [Fact]
    public async Task RunAsync_ZeroBudget_AsksForTheAnswerAtOnceAfterThePrefix()
    {
        // Arrange
        var backend = new ScriptedBackend(new Continuation(" 42", 3, PhaseEnd.Stop));
        var forcing = LanguageForcing.Of(ForcingMode.Prefix, LanguageTag.Parse("sw"));

        // Act
        var trace = await BudgetForcer.RunAsync(backend, ThinkingFormat.S1, "P", ["<|im_end|>"], new BudgetForcingOptions { Budget = 0, Forcing = forcing }, default);

        // Assert
        var request = Assert.Single(backend.Requests);
        Assert.Equal("P<|im_start|>think\nSawa, ngoja nijaribu kulitatua hili.<|im_start|>answer\nFinal Answer:", request.Prompt);
        Assert.Equal(0, trace.ThinkingTokens);
        Assert.True(trace.Truncated);
    }

    [Fact]
    public async Task RunAsync_ExtensionUsesUpBudget_StopsExtendingAndCuts()
    {
        // Arrange: the second step hits the cap, so no third step is asked for even though ignores remain.
        var backend = new ScriptedBackend(new Continuation("a", 5, PhaseEnd.Stop), new Continuation("b", 5, PhaseEnd.Length), new Continuation("1", 1, PhaseEnd.Stop));

        // Act
        var trace = await BudgetForcer.RunAsync(backend, ThinkingFormat.Think, "P", [], new BudgetForcingOptions { Budget = 10, Ignore = 5 }, default);

        // Assert
        Assert.Equal(3, backend.Requests.Count);
        Assert.Equal("P<think>\naWaitb</think>\nFinal Answer:", backend.Requests[2].Prompt);
        Assert.Equal(1, trace.Extensions);
        Assert.True(trace.Truncated);
    }

    [Fact]
    public async Task RunAsync_InvalidOptions_ListsEveryProblem()
    {
        var backend = new ScriptedBackend();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            BudgetForcer.RunAsync(backend, ThinkingFormat.S1, "P", [], new BudgetForcingOptions { Budget = -1, Ignore = -2 }, default));

        Assert.Contains("budget", error.Message);
        Assert.Contains("extensions", error.Message);
        Assert.Empty(backend.Requests);
    }
}
