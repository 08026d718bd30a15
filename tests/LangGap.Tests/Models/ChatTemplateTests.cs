using LangGap.Models.ChatTemplates;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Models;

public sealed class ChatTemplateTests
{
    private static readonly ChatMessage[] Conversation =
    [
        new(ChatRole.System, "Be brief."),
        new(ChatRole.User, " Hallo? "),
        new(ChatRole.Assistant, "Hallo!\n"),
        new(ChatRole.User, "Wie geht's?"),
    ];

    [Fact]
    public void Cohere_SingleUserMessage_MatchesAya23Format()
    {
        var text = new CohereChatTemplate().Render([new ChatMessage(ChatRole.User, "Anneme bir mektup yaz")]);

        Assert.Equal("<BOS_TOKEN><|START_OF_TURN_TOKEN|><|USER_TOKEN|>Anneme bir mektup yaz<|END_OF_TURN_TOKEN|><|START_OF_TURN_TOKEN|><|CHATBOT_TOKEN|>", text);
    }

    [Fact]
    public void Cohere_SystemAndTurns_StripsTurnTextAndKeepsSystemText()
    {
        var text = new CohereChatTemplate().Render(Conversation);

        Assert.Equal(
            "<BOS_TOKEN><|START_OF_TURN_TOKEN|><|SYSTEM_TOKEN|>Be brief.<|END_OF_TURN_TOKEN|>"
            + "<|START_OF_TURN_TOKEN|><|USER_TOKEN|>Hallo?<|END_OF_TURN_TOKEN|>"
            + "<|START_OF_TURN_TOKEN|><|CHATBOT_TOKEN|>Hallo!<|END_OF_TURN_TOKEN|>"
            + "<|START_OF_TURN_TOKEN|><|USER_TOKEN|>Wie geht's?<|END_OF_TURN_TOKEN|>"
            + "<|START_OF_TURN_TOKEN|><|CHATBOT_TOKEN|>", text);
    }

    [Fact]
    public void Cohere_WithoutBos_OmitsBosToken()
    {
        var text = new CohereChatTemplate(includeBos: false).Render([new ChatMessage(ChatRole.User, "x")]);

        Assert.StartsWith("<|START_OF_TURN_TOKEN|>", text);
    }

    [Fact]
    public void Cohere_TwoUserMessagesInARow_Throws()
    {
        var template = new CohereChatTemplate();

        Assert.Throws<ArgumentException>(() => template.Render([new ChatMessage(ChatRole.User, "a"), new ChatMessage(ChatRole.User, "b")]));
    }

    [Fact]
    public void Llama3_Conversation_MatchesMetaFormat()
    {
        var text = new Llama3ChatTemplate().Render(Conversation);

        Assert.Equal(
            "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|>"
            + "<|start_header_id|>user<|end_header_id|>\n\nHallo?<|eot_id|>"
            + "<|start_header_id|>assistant<|end_header_id|>\n\nHallo!<|eot_id|>"
            + "<|start_header_id|>user<|end_header_id|>\n\nWie geht's?<|eot_id|>"
            + "<|start_header_id|>assistant<|end_header_id|>\n\n", text);
    }

    [Fact]
    public void ChatML_Conversation_KeepsTextVerbatim()
    {
        var text = new ChatMLChatTemplate().Render(Conversation);

        Assert.Equal(
            "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\n Hallo? <|im_end|>\n"
            + "<|im_start|>assistant\nHallo!\n<|im_end|>\n<|im_start|>user\nWie geht's?<|im_end|>\n<|im_start|>assistant\n", text);
    }

    [Theory]
    [InlineData("cohere", "<|END_OF_TURN_TOKEN|>")]
    [InlineData("llama3", "<|eot_id|>")]
    [InlineData("ChatML", "<|im_end|>")]
    public void Catalog_KnownName_ReturnsTemplateWithItsStop(string name, string stop)
    {
        var template = ChatTemplateCatalog.Find(name);

        Assert.NotNull(template);
        Assert.Contains(stop, template.StopSequences);
    }

    [Fact]
    public void Catalog_UnknownName_ReturnsNull() => Assert.Null(ChatTemplateCatalog.Find("vicuna"));
}
