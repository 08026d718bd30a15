using System.Text;
using LangGap.Models.ChatTemplates;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Generation;

/// <summary>The chat format of LangGap's embedded model: <c>&lt;|user|&gt;message&lt;|assistant|&gt;reply&lt;|end|&gt;</c>
/// on one line per conversation.</summary>
/// <remarks>The format has no system turn: a system message is put in front of the first user message, separated by a
/// space. Newlines in messages become spaces because the model was trained on one-line conversations.</remarks>
public sealed class EmbeddedChatTemplate : IChatTemplate
{
    /// <summary>Opens a user turn.</summary>
    public const string User = "<|user|>";

    /// <summary>Opens the assistant's turn.</summary>
    public const string Assistant = "<|assistant|>";

    /// <summary>Ends the assistant's turn.</summary>
    public const string End = "<|end|>";

    /// <inheritdoc />
    public string Name => "langgap";

    /// <inheritdoc />
    public IReadOnlyList<string> StopSequences { get; } = [End, "\n"];

    /// <inheritdoc />
    public string Render(IReadOnlyList<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var text = new StringBuilder();
        var system = string.Join(" ", messages.Where(m => m.Role == ChatRole.System).Select(m => OneLine(m.Text)));
        foreach (var message in messages.Where(m => m.Role != ChatRole.System))
        {
            if (message.Role == ChatRole.Assistant)
            {
                text.Append(Assistant).Append(OneLine(message.Text)).Append(End);
                continue;
            }
            text.Append(User);
            if (system.Length > 0)
            {
                text.Append(system).Append(' ');
                system = "";
            }
            text.Append(OneLine(message.Text));
        }
        return text.Append(Assistant).ToString();
    }

    private static string OneLine(string text) => text.Trim().ReplaceLineEndings(" ");
}
