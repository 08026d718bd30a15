using LangGap.Models;
using LangGap.Reasoning;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Torch.Reasoning;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Tests.Reasoning;

/// <summary>Budget forcing on the shipped embedded model at token level: properties, not its exact words.</summary>
[Collection(TorchCollection.Name)]
public sealed class LocalBudgetForcingTests
{
    private const string Question = "Start at 5 and add 2, 4 and 1. What number do you get?";

    [Fact]
    public async Task RunAsync_SmallBudget_CutsAtExactlyTheBudgetInModelTokens()
    {
        // Arrange
        using var model = ModelSource.Load(ModelSource.EmbeddedName);
        using var backend = new LocalThinkingBackend(model, "embedded-test");
        var prompt = new EmbeddedChatTemplate().Render([new ChatMessage(ChatRole.User, Question)]);

        // Act
        var trace = await BudgetForcer.RunAsync(backend, ThinkingFormat.Embedded, prompt, ["<|end|>", "\n"],
            new BudgetForcingOptions { Budget = 6, AnswerMaxTokens = 4 }, default);

        // Assert: byte-level tokens, so six tokens are six bytes of thinking.
        Assert.True(trace.Truncated);
        Assert.Equal(6, trace.ThinkingTokens);
        Assert.Equal(6, System.Text.Encoding.UTF8.GetByteCount(trace.Thinking));
        Assert.EndsWith("<|answer|>Final Answer:", trace.Prompts[^1]);
        Assert.StartsWith(prompt + "<|think|>", trace.Prompts[^1]);
        Assert.InRange(trace.AnswerTokens, 1, 4);
    }

    [Fact]
    public async Task ChatClient_EmbeddedWithExtension_StaysWithinBudgetAndReportsThePhases()
    {
        // Arrange
        using var resolver = new LangGap.Torch.Resolution.ModelResolver();
        using var client = ReasoningClientFactory.Create(resolver, ModelSource.EmbeddedName, null);
        var options = new ChatOptions { MaxOutputTokens = 8, AdditionalProperties = [] };
        options.AdditionalProperties[ReasoningOptionKeys.Budget] = "40";
        options.AdditionalProperties[ReasoningOptionKeys.Ignore] = "1";

        // Act
        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, Question)], options);

        // Assert
        Assert.Equal("embedded", client.Format.Name);
        var metadata = (IReadOnlyDictionary<string, string>)response.AdditionalProperties![ChatOptionKeys.GenerationMetadata]!;
        Assert.InRange(int.Parse(metadata["reasoning.thinking_tokens"], System.Globalization.CultureInfo.InvariantCulture), 1, 40);
        Assert.InRange(int.Parse(metadata["reasoning.extensions"], System.Globalization.CultureInfo.InvariantCulture), 0, 1);
        Assert.Contains(metadata["reasoning.thinking_end"], new[] { "budget", "end-marker", "end-of-sequence" });
        Assert.Contains("weights:sha256:", client.Identity);
    }
}
