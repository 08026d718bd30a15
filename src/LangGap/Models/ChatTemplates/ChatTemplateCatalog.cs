namespace LangGap.Models.ChatTemplates;

/// <summary>Finds a chat template by the name used in models files.</summary>
public static class ChatTemplateCatalog
{
    /// <summary>The template names this build knows.</summary>
    public static IReadOnlyList<string> Names { get; } = ["chatml", "cohere", "llama3"];

    /// <summary>Returns the template called <paramref name="name"/> (case-insensitive), or <see langword="null"/> when there is none.</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <param name="includeBos">Whether the rendered text starts with the model's BOS token, for templates that have one.</param>
    public static IChatTemplate? Find(string name, bool includeBos = true)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToLowerInvariant() switch
        {
            "chatml" => new ChatMLChatTemplate(),
            "cohere" or "aya" => new CohereChatTemplate(includeBos),
            "llama3" or "llama-3" => new Llama3ChatTemplate(includeBos),
            _ => null,
        };
    }
}
