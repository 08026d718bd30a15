using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Tests.Generation;

[Collection(TorchCollection.Name)]
public sealed class ContinuousBatcherTests
{
    // Different lengths (short, long, multi-byte scripts), so sequences join, finish and free slots at different steps.
    private static readonly string[] Prompts =
    [
        "Hi", "Translate to French: The cat is sleeping on the chair.", "What is 2 plus 3?", "Habari yako?",
        "Describe the weather where you live in two short sentences, please.", "Wie geht es dir?",
        "Расскажи о море.", "नमस्ते, आप कैसे हैं?",
    ];

    private static int[][] Encode(PretrainedModel model) =>
        Prompts.Select(p => model.RequireTokenizer().Encode(new EmbeddedChatTemplate().Render([new ChatMessage(ChatRole.User, p)]))).ToArray();

    [Fact]
    public async Task GenerateAsync_ConcurrentPromptsOfDifferentLengths_SameTokensAsOneAtATime()
    {
        // Arrange
        using var model = ModelSource.Load(ModelSource.EmbeddedName);
        var prompts = Encode(model);
        var budgets = prompts.Select((_, i) => 12 + 7 * i).ToArray();
        var alone = prompts.Select((p, i) => new TextGenerator(model).Generate(p, Greedy(budgets[i]))).ToArray();
        using var batcher = new ContinuousBatcher(model, maxBatchSize: 3);   // fewer slots than prompts: slots are reused

        // Act
        var batched = await Task.WhenAll(prompts.Select((p, i) => batcher.GenerateAsync(p, Greedy(budgets[i]))));

        // Assert
        for (var i = 0; i < prompts.Length; i++)
        {
            Assert.Equal(alone[i].Ids, batched[i].Ids);
            Assert.Equal(alone[i].Text, batched[i].Text);
            Assert.Equal(alone[i].FinishReason, batched[i].FinishReason);
        }
        Assert.Contains(alone, r => r.FinishReason != FinishReason.Length);   // some stop early, some run to the budget
        Assert.Contains(alone, r => r.FinishReason == FinishReason.Length);
    }

    [Fact]
    public async Task GenerateAsync_SeededSamplingAmongGreedyRequests_SameTokensAsAlone()
    {
        // Arrange
        using var model = ModelSource.Load(ModelSource.EmbeddedName);
        var prompts = Encode(model);
        var sampled = new SamplingOptions { Temperature = 1.3, TopK = 40, TopP = 0.95, Seed = 11, MaxNewTokens = 30 };
        var alone = new TextGenerator(model).Generate(prompts[2], sampled);
        using var batcher = new ContinuousBatcher(model);

        // Act
        var others = prompts.Where((_, i) => i != 2).Select(p => batcher.GenerateAsync(p, Greedy(30))).ToArray();
        var together = await batcher.GenerateAsync(prompts[2], sampled);
        await Task.WhenAll(others);

        // Assert
        Assert.Equal(alone.Ids, together.Ids);
    }

    [Fact]
    public async Task GenerateAsync_OneRequestCancelled_ThrowsForItAndOthersFinish()
    {
        // Arrange
        using var model = ModelSource.Load(ModelSource.EmbeddedName);
        var prompts = Encode(model);
        using var batcher = new ContinuousBatcher(model);
        using var cancel = new CancellationTokenSource();
        var noEos = new SamplingOptions { Greedy = true, MaxNewTokens = 200, EosTokenIds = [] };

        // Act
        var doomed = batcher.GenerateAsync(prompts[1], noEos, cancel.Token);
        var kept = batcher.GenerateAsync(prompts[0], noEos);
        await cancel.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => doomed);
        Assert.Equal(200, (await kept).Ids.Count);
    }

    [Fact]
    public async Task GetResponseAsync_ConcurrentRequests_SameAnswersAsOneAtATime()
    {
        // Arrange
        using var model = ModelSource.Load(ModelSource.EmbeddedName);
        using var client = new EmbeddedChatClient(model);
        var options = new ChatOptions { MaxOutputTokens = 40, StopSequences = ["\n"] };
        var sequential = new List<string>();
        foreach (var prompt in Prompts)
        {
            sequential.Add((await client.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], options)).Text);
        }

        // Act
        var concurrent = await Task.WhenAll(Prompts.Select(p => client.GetResponseAsync([new ChatMessage(ChatRole.User, p)], options)));

        // Assert
        Assert.Equal(sequential, concurrent.Select(r => r.Text));
    }

    private static SamplingOptions Greedy(int maxTokens) => new() { Greedy = true, MaxNewTokens = maxTokens };
}
