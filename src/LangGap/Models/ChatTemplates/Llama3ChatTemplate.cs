using System.Text;
using Microsoft.Extensions.AI;

namespace LangGap.Models.ChatTemplates;

/// <summary>The Llama 3 / 3.1 instruct chat format.</summary>
/// <remarks>
/// <c>&lt;|begin_of_text|&gt;</c>, then for each message <c>&lt;|start_header_id|&gt;role&lt;|end_header_id|&gt;</c>,
/// two newlines, the text stripped of surrounding white space and <c>&lt;|eot_id|&gt;</c>; finally the assistant
/// header followed by two newlines — as the template in Meta's tokenizer_config.json renders it.
/// </remarks>
public sealed class Llama3ChatTemplate : IChatTemplate
{
    private readonly bool _includeBos;

    /// <summary>Creates the template; <paramref name="includeBos"/> says whether the text starts with <c>&lt;|begin_of_text|&gt;</c>.</summary>
    public Llama3ChatTemplate(bool includeBos = true) => _includeBos = includeBos;

    /// <inheritdoc />
    public string Name => "llama3";

    /// <inheritdoc />
    public IReadOnlyList<string> StopSequences { get; } = ["<|eot_id|>"];

    /// <inheritdoc />
    public string Render(IReadOnlyList<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var text = new StringBuilder();
        if (_includeBos)
        {
            text.Append("<|begin_of_text|>");
        }
        foreach (var message in messages)
        {
            text.Append("<|start_header_id|>").Append(message.Role.Value).Append("<|end_header_id|>\n\n")
                .Append(message.Text.Trim()).Append("<|eot_id|>");
        }
        return text.Append("<|start_header_id|>assistant<|end_header_id|>\n\n").ToString();
    }
}
