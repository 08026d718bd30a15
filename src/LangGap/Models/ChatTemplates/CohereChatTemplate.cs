using System.Text;
using Microsoft.Extensions.AI;

namespace LangGap.Models.ChatTemplates;

/// <summary>The Cohere Command-R / Aya 23 chat format.</summary>
/// <remarks>
/// Matches the Hugging Face template shipped with Aya 23: <c>&lt;BOS_TOKEN&gt;</c>, an optional system turn
/// (text as given), then alternating user and chatbot turns whose text is stripped of surrounding white space,
/// each wrapped in <c>&lt;|START_OF_TURN_TOKEN|&gt;…&lt;|END_OF_TURN_TOKEN|&gt;</c>, and finally the chatbot header.
/// Servers that add a BOS token themselves when tokenising a completion prompt should use
/// <see cref="CohereChatTemplate(bool)"/> with <c>includeBos: false</c> to avoid a doubled BOS.
/// </remarks>
public sealed class CohereChatTemplate : IChatTemplate
{
    private const string StartTurn = "<|START_OF_TURN_TOKEN|>";
    private const string EndTurn = "<|END_OF_TURN_TOKEN|>";
    private readonly bool _includeBos;

    /// <summary>Creates the template; <paramref name="includeBos"/> says whether the text starts with <c>&lt;BOS_TOKEN&gt;</c>.</summary>
    public CohereChatTemplate(bool includeBos = true) => _includeBos = includeBos;

    /// <inheritdoc />
    public string Name => "cohere";

    /// <inheritdoc />
    public IReadOnlyList<string> StopSequences { get; } = [EndTurn];

    /// <inheritdoc />
    public string Render(IReadOnlyList<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var text = new StringBuilder();
        if (_includeBos)
        {
            text.Append("<BOS_TOKEN>");
        }
        var start = 0;
        if (messages.Count > 0 && messages[0].Role == ChatRole.System)
        {
            text.Append(StartTurn).Append("<|SYSTEM_TOKEN|>").Append(messages[0].Text).Append(EndTurn);
            start = 1;
        }
        for (var i = start; i < messages.Count; i++)
        {
            var expectUser = (i - start) % 2 == 0;
            var role = messages[i].Role;
            if (role != (expectUser ? ChatRole.User : ChatRole.Assistant))
            {
                throw new ArgumentException(
                    $"Conversation roles must alternate user/assistant after an optional system message; message {i + 1} is '{role.Value}'.",
                    nameof(messages));
            }
            text.Append(StartTurn).Append(expectUser ? "<|USER_TOKEN|>" : "<|CHATBOT_TOKEN|>")
                .Append(messages[i].Text.Trim()).Append(EndTurn);
        }
        return text.Append(StartTurn).Append("<|CHATBOT_TOKEN|>").ToString();
    }
}
