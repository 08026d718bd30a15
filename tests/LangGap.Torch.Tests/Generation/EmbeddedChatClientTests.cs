using LangGap.Models.ChatTemplates;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Torch.Modules;
using LangGap.Torch.Training;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Tests.Generation;

[Collection(TorchCollection.Name)]
public sealed class EmbeddedChatClientTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("langgap-chat-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private PretrainedModel TinyChatModel()
    {
        var tokenizerPath = Path.Combine(_dir, "source.json");
        File.WriteAllText(tokenizerPath, ByteLevelTokenizer.Create(EmbeddedModelRecipe.SpecialTokens));
        using (var model = new CausalLM(EmbeddedModelRecipe.TinyConfig))
        {
            NextTokenTrainer.Initialize(model, 0.5, 1);
            TrainingCheckpoint.SaveModel(_dir, model, tokenizerPath);
        }
        return HfCheckpoint.Load(_dir);
    }

    [Fact]
    public async Task GetResponseAsync_TinyModel_AnswersWithUsageAndTokenBudget()
    {
        // Arrange
        using var model = TinyChatModel();
        using var client = new EmbeddedChatClient(model);

        // Act
        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Hello")], new ChatOptions { MaxOutputTokens = 5 });

        // Assert
        Assert.Equal("langgap", client.Template.Name);
        Assert.Equal(1 + "Hello".Length + 1, response.Usage!.InputTokenCount);
        Assert.InRange(response.Usage.OutputTokenCount!.Value, 1, 5);
        Assert.Equal(ChatRole.Assistant, response.Messages[0].Role);
    }

    [Fact]
    public async Task GetResponseAsync_SameSeededSampling_SameAnswer()
    {
        // Arrange
        using var model = TinyChatModel();
        using var client = new EmbeddedChatClient(model);
        var options = new ChatOptions { Temperature = 1.2f, Seed = 5, MaxOutputTokens = 12 };
        ChatMessage[] messages = [new(ChatRole.System, "Be brief."), new(ChatRole.User, "Jambo")];

        // Act
        var first = await client.GetResponseAsync(messages, options);
        var second = await client.GetResponseAsync(messages, options);

        // Assert
        Assert.Equal(first.Text, second.Text);
    }

    [Fact]
    public void Render_SystemThenConversation_SystemJoinsFirstUserTurn()
    {
        // Arrange
        var template = new EmbeddedChatTemplate();
        ChatMessage[] messages =
        [
            new(ChatRole.System, "Answer in French."), new(ChatRole.User, "Hi\nthere"), new(ChatRole.Assistant, "Salut"),
            new(ChatRole.User, "Thanks"),
        ];

        // Act
        var text = template.Render(messages);

        // Assert
        Assert.Equal("<|user|>Answer in French. Hi there<|assistant|>Salut<|end|><|user|>Thanks<|assistant|>", text);
    }

    [Fact]
    public void For_CohereCheckpointWithoutTokenizer_PicksAya23Format()
    {
        // Arrange
        using var model = HfCheckpoint.Load(HfTiny.Dir("cohere"));

        // Act
        var template = ChatTemplateSelector.For(model);

        // Assert
        Assert.IsType<CohereChatTemplate>(template);
        Assert.Equal(
            "<BOS_TOKEN><|START_OF_TURN_TOKEN|><|USER_TOKEN|>Hola<|END_OF_TURN_TOKEN|><|START_OF_TURN_TOKEN|><|CHATBOT_TOKEN|>",
            template.Render([new ChatMessage(ChatRole.User, "Hola")]));
    }
}
