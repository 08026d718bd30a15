namespace LangGap.Models;

/// <summary>Names of the LangGap entries in <c>ChatOptions.AdditionalProperties</c> and <c>ChatResponse.AdditionalProperties</c>.</summary>
/// <remarks>Entries whose name starts with <see cref="Prefix"/> are never sent to a server.</remarks>
public static class ChatOptionKeys
{
    /// <summary>The prefix of every LangGap entry.</summary>
    public const string Prefix = "langgap.";

    /// <summary>Request: the index (0…k−1) of this sample among the k drawn for one prompt; part of the cache key.</summary>
    public const string SampleIndex = "langgap.sample_index";

    /// <summary>Response: how many attempts the call took (an <see cref="int"/>).</summary>
    public const string Attempts = "langgap.attempts";

    /// <summary>Response: <see langword="true"/> when the response came from the on-disk cache.</summary>
    public const string CacheHit = "langgap.cache_hit";

    /// <summary>Response: the wall time of the call in milliseconds (a <see cref="double"/>).</summary>
    public const string LatencyMilliseconds = "langgap.latency_ms";

    /// <summary>Response: fields to store with the generation in the run store's metadata (an
    /// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of strings), such as a reasoning model's thinking text.</summary>
    public const string GenerationMetadata = "langgap.generation_metadata";
}
