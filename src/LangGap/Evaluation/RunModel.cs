using LangGap.Models;
using Microsoft.Extensions.AI;

namespace LangGap.Evaluation;

/// <summary>A model taking part in a run: its id, the client to call and its default generation options.</summary>
/// <param name="Id">The model id (part of every generation key).</param>
/// <param name="Client">The client, with its middleware.</param>
/// <param name="Defaults">Defaults that a task's options override, or <see langword="null"/>.</param>
public sealed record RunModel(string Id, IChatClient Client, GenerationOptions? Defaults = null)
{
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
        });
    }
}
