using Microsoft.Extensions.AI;

namespace LangGap.Models.ChatTemplates;

/// <summary>Turns a conversation into the single prompt string a raw-completion endpoint (<c>/v1/completions</c>) expects.</summary>
/// <remarks>
/// A template reproduces the model's own Hugging Face chat template exactly, special tokens included, so that a
/// completion endpoint sees the same text as a chat endpoint would build. The rendered text ends with the
/// assistant header, ready for the model to continue.
/// </remarks>
public interface IChatTemplate
{
    /// <summary>The name used in models files (for example <c>cohere</c>, <c>llama3</c>, <c>chatml</c>).</summary>
    string Name { get; }

    /// <summary>Strings that end the assistant turn; sent as stop sequences and cut from the completion.</summary>
    IReadOnlyList<string> StopSequences { get; }

    /// <summary>Renders <paramref name="messages"/> followed by the header that opens the assistant's turn.</summary>
    /// <exception cref="ArgumentException">The conversation cannot be expressed in this template.</exception>
    string Render(IReadOnlyList<ChatMessage> messages);
}
