using LangGap.Models.ChatTemplates;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Modules;

namespace LangGap.Torch.Generation;

/// <summary>Picks the chat format of a loaded model: by name when given, else by the tokenizer's special tokens, else by
/// architecture (Cohere → Cohere/Aya, Qwen2 → ChatML, Llama → Llama 3).</summary>
/// <remarks>The Jinja <c>chat_template</c> of <c>tokenizer_config.json</c> is not executed (no Jinja engine is available
/// to LangGap); the built-in templates reproduce the formats of Aya 23, Llama 3 and ChatML models exactly.</remarks>
public static class ChatTemplateSelector
{
    /// <summary>The template for <paramref name="model"/>, or the one called <paramref name="name"/>.</summary>
    public static IChatTemplate For(PretrainedModel model, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        // A tokenizer that adds BOS by itself must not get a second one from the template.
        var includeBos = model.Tokenizer is not { AddsLeadingSpecialTokens: true };
        if (name is not null)
        {
            if (name.Equals("langgap", StringComparison.OrdinalIgnoreCase))
            {
                return new EmbeddedChatTemplate();
            }
            return ChatTemplateCatalog.Find(name, includeBos)
                ?? throw new ArgumentException(
                    $"Chat template '{name}' is unknown; expected langgap, {string.Join(", ", ChatTemplateCatalog.Names)}.", nameof(name));
        }
        var byTokens = FromTokenizer(model);
        if (byTokens is not null)
        {
            return byTokens;
        }
        var chosen = model.Config.Architecture switch
        {
            Architecture.Cohere => "cohere",
            Architecture.Qwen2 => "chatml",
            _ => "llama3",
        };
        return ChatTemplateCatalog.Find(chosen, includeBos)!;
    }

    /// <summary>The template whose special tokens the model's tokenizer defines, or null for a model without chat tokens
    /// (a base model).</summary>
    public static IChatTemplate? FromTokenizer(PretrainedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var tokenizer = model.Tokenizer;
        if (tokenizer is null)
        {
            return null;
        }
        if (tokenizer.IdOf(EmbeddedChatTemplate.User) is not null && tokenizer.IdOf(EmbeddedChatTemplate.Assistant) is not null)
        {
            return new EmbeddedChatTemplate();
        }
        var name = tokenizer.IdOf("<|START_OF_TURN_TOKEN|>") is not null ? "cohere"
            : tokenizer.IdOf("<|start_header_id|>") is not null ? "llama3"
            : tokenizer.IdOf("<|im_start|>") is not null ? "chatml"
            : null;
        return name is null ? null : ChatTemplateCatalog.Find(name, includeBos: !tokenizer.AddsLeadingSpecialTokens);
    }
}
