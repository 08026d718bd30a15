using System.Text;
using Microsoft.Extensions.AI;

namespace LangGap.Models.ChatTemplates;

/// <summary>The ChatML format (Qwen, many fine-tunes): <c>&lt;|im_start|&gt;role\ntext&lt;|im_end|&gt;\n</c> per message.</summary>
/// <remarks>Text is kept exactly as given; the prompt ends with <c>&lt;|im_start|&gt;assistant\n</c>.</remarks>
public sealed class ChatMLChatTemplate : IChatTemplate
{
    /// <inheritdoc />
    public string Name => "chatml";

    /// <inheritdoc />
    public IReadOnlyList<string> StopSequences { get; } = ["<|im_end|>"];

    /// <inheritdoc />
    public string Render(IReadOnlyList<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var text = new StringBuilder();
        foreach (var message in messages)
        {
            text.Append("<|im_start|>").Append(message.Role.Value).Append('\n').Append(message.Text).Append("<|im_end|>\n");
        }
        return text.Append("<|im_start|>assistant\n").ToString();
    }
}
