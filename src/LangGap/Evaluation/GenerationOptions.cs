using Microsoft.Extensions.AI;
using LangGap.Models;

namespace LangGap.Evaluation;

/// <summary>Sampling settings for a task or a model's defaults; unset values fall back to the next level, then to the server.</summary>
public sealed record GenerationOptions
{
    /// <summary>Sampling temperature.</summary>
    public float? Temperature { get; init; }

    /// <summary>Nucleus-sampling threshold.</summary>
    public float? TopP { get; init; }

    /// <summary>Top-k sampling cut-off (servers that support it).</summary>
    public int? TopK { get; init; }

    /// <summary>The cap on generated tokens.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>Stop sequences.</summary>
    public IReadOnlyList<string>? Stop { get; init; }

    /// <summary>LangGap entries (names starting with <c>langgap.</c>) handed to the client in
    /// <c>ChatOptions.AdditionalProperties</c>, such as a thinking budget; part of every generation key, never sent to a server.</summary>
    public IReadOnlyDictionary<string, string>? Extra { get; init; }

    /// <summary>Returns these options with every unset value taken from <paramref name="fallback"/>.</summary>
    public GenerationOptions Over(GenerationOptions? fallback) => fallback is null ? this : new GenerationOptions
    {
        Temperature = Temperature ?? fallback.Temperature,
        TopP = TopP ?? fallback.TopP,
        TopK = TopK ?? fallback.TopK,
        MaxTokens = MaxTokens ?? fallback.MaxTokens,
        Stop = Stop ?? fallback.Stop,
        Extra = Extra ?? fallback.Extra,
    };

    /// <summary>Builds the request options for one sample draw.</summary>
    public ChatOptions ToChatOptions(long? seed, int sampleIndex) => new()
    {
        Temperature = Temperature,
        TopP = TopP,
        TopK = TopK,
        MaxOutputTokens = MaxTokens,
        StopSequences = Stop is null ? null : [.. Stop],
        Seed = seed,
        AdditionalProperties = Properties(sampleIndex),
    };

    private AdditionalPropertiesDictionary Properties(int sampleIndex)
    {
        var properties = new AdditionalPropertiesDictionary { [ChatOptionKeys.SampleIndex] = sampleIndex };
        foreach (var (key, value) in Extra ?? new Dictionary<string, string>())
        {
            properties[key] = value;
        }
        return properties;
    }
}
