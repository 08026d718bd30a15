using LangGap.Models;
using LangGap.Models.ChatTemplates;
using LangGap.Models.Completions;
using LangGap.Reasoning;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Torch.Resolution;

namespace LangGap.Torch.Reasoning;

/// <summary>Builds the budget-forcing client of a model spec: a local model (token level) or a models-file endpoint served
/// as raw completions (<c>api: completions</c> with a <c>template</c>).</summary>
public static class ReasoningClientFactory
{
    /// <summary>The default thinking format of a model: the embedded format for the embedded model, s1's for ChatML
    /// templates (Qwen, s1), <c>&lt;think&gt;</c> tags otherwise.</summary>
    public static ThinkingFormat DefaultFormat(string spec, IChatTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return ModelResolver.IsEmbedded(spec) ? ThinkingFormat.Embedded
            : template.Name == "chatml" ? ThinkingFormat.S1
            : ThinkingFormat.Think;
    }

    /// <summary>The client for <paramref name="spec"/>; the caller owns it (disposing it releases the model or connection).</summary>
    /// <param name="resolver">Resolves the spec.</param>
    /// <param name="spec">A models-file id, <c>embedded</c>, or a model folder.</param>
    /// <param name="format">The thinking format, or <see langword="null"/> for <see cref="DefaultFormat"/>.</param>
    /// <param name="option">The option name for messages.</param>
    /// <exception cref="InvalidInputException">The spec resolves to nothing, or to a chat endpoint without a raw-completion template.</exception>
    public static BudgetForcingChatClient Create(ModelResolver resolver, string spec, ThinkingFormat? format, string option = "--model")
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        if (resolver.Registry is { } registry && registry.ModelIds.Contains(spec))
        {
            var definition = registry.File.Get(spec);
            var template = definition.Template is null ? null : ChatTemplateCatalog.Find(definition.Template, definition.TemplateIncludesBos);
            if (template is null)
            {
                throw new InvalidInputException(
                    $"{option} '{spec}' is served as chat; budget forcing needs raw completions: give it 'api: completions' and a 'template' ({string.Join(", ", ChatTemplateCatalog.Names)}) in the models file.");
            }
            var raw = new RawCompletionClient(definition.Endpoints[0], definition.ServedModel, definition.Retry);
            var backend = new CompletionsThinkingBackend(raw, EndpointModelIdentity.Of(definition));
            return new BudgetForcingChatClient(backend, template, format ?? DefaultFormat(spec, template), owned: raw);
        }
        var identity = resolver.IdentityOf(spec, option);
        PretrainedModel model = resolver.LoadLocal(spec, option);
        var chat = ChatTemplateSelector.For(model);
        var local = new LocalThinkingBackend(model, identity, ownsModel: true);
        return new BudgetForcingChatClient(local, chat, format ?? DefaultFormat(spec, chat), owned: local);
    }
}
