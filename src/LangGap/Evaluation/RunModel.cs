using LangGap.Models;
using Microsoft.Extensions.AI;

namespace LangGap.Evaluation;

/// <summary>A model taking part in a run: its id, the client to call and its default generation options.</summary>
/// <param name="Id">The model id shown in reports and stored with each generation.</param>
/// <param name="Client">The client, with its middleware.</param>
/// <param name="Defaults">Defaults that a task's options override, or <see langword="null"/>.</param>
public sealed record RunModel(string Id, IChatClient Client, GenerationOptions? Defaults = null)
{
    /// <summary>What the model is, as part of every generation key: a hash of a local model's weights and tokenizer
    /// (<c>weights:sha256:…</c>), an endpoint model's served name and settings (<c>endpoint:…</c>), or the id itself for
    /// clients built in code (the default).</summary>
    /// <remarks>Two models of one run must not share an identity; a model whose identity changes (a folder retrained in
    /// place) never gets the old generations back.</remarks>
    public string Identity { get; init; } = Id;

    /// <summary>Scores continuations by log-likelihood for multiple-choice tasks, or <see langword="null"/> when the model
    /// cannot (a chat-only endpoint); a run with such a task and such a model is refused before it starts.</summary>
    public LangGap.Models.LogLikelihood.ILogLikelihoodModel? LogLikelihood { get; init; }

    /// <summary>The model <paramref name="id"/> from <paramref name="registry"/>, with the defaults its models file gives.</summary>
    public static RunModel From(ModelRegistry registry, string id)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var definition = registry.File.Get(id);
        return new RunModel(id, registry.GetClient(id), new GenerationOptions
        {
            Temperature = definition.Temperature,
            TopP = definition.TopP,
            MaxTokens = definition.MaxTokens,
        })
        {
            Identity = EndpointModelIdentity.Of(definition),
            LogLikelihood = registry.GetLogLikelihood(id),
        };
    }
}
