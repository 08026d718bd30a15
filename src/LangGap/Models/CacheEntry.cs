using System.Text.Json.Serialization;

namespace LangGap.Models;

/// <summary>What the response cache keeps of one response.</summary>
internal sealed record CacheEntry(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("finish_reason")] string? FinishReason,
    [property: JsonPropertyName("model")] string? Model,
    [property: JsonPropertyName("input_tokens")] long? InputTokens,
    [property: JsonPropertyName("output_tokens")] long? OutputTokens,
    [property: JsonPropertyName("total_tokens")] long? TotalTokens);

/// <summary>Source-generated serialisation for <see cref="CacheEntry"/>.</summary>
[JsonSerializable(typeof(CacheEntry))]
internal sealed partial class CacheEntryJsonContext : JsonSerializerContext;
