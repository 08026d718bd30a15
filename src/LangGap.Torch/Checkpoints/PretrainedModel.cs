using LangGap.Torch.Modules;

namespace LangGap.Torch.Checkpoints;

/// <summary>A loaded model with everything needed to run it: weights, tokenizer, generation defaults, chat format.</summary>
public sealed class PretrainedModel : IDisposable
{
    internal PretrainedModel(string name, CausalLM model, HfTokenizer? tokenizer, GenerationDefaults defaults, string? chatTemplate)
    {
        Name = name;
        Model = model;
        Tokenizer = tokenizer;
        Defaults = defaults;
        ChatTemplate = chatTemplate;
    }

    /// <summary>A display name: the folder name, or <c>embedded</c>.</summary>
    public string Name { get; }

    /// <summary>The network, in evaluation mode.</summary>
    public CausalLM Model { get; }

    /// <summary>The configuration of <see cref="Model"/>.</summary>
    public TransformerConfig Config => Model.Config;

    /// <summary>The tokenizer, or null when the folder has no <c>tokenizer.json</c> (then only ids can be used).</summary>
    public HfTokenizer? Tokenizer { get; }

    /// <summary>Generation settings from <c>generation_config.json</c>.</summary>
    public GenerationDefaults Defaults { get; }

    /// <summary>The Jinja <c>chat_template</c> from <c>tokenizer_config.json</c>, if any (LangGap uses its own templates).</summary>
    public string? ChatTemplate { get; }

    /// <summary>Ids that end generation: the generation config's, else the model config's.</summary>
    public IReadOnlyList<int> EosTokenIds => Defaults.EosTokenIds.Count > 0 ? Defaults.EosTokenIds : Config.EosTokenIds;

    /// <summary>The tokenizer, or an error saying the model has none.</summary>
    public HfTokenizer RequireTokenizer() =>
        Tokenizer ?? throw new InvalidInputException($"Model '{Name}' has no tokenizer.json; pass token ids instead of text.");

    /// <summary>Frees the weights and the native tokenizer.</summary>
    public void Dispose()
    {
        Model.Dispose();
        Tokenizer?.Dispose();
    }
}
