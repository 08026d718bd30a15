using Microsoft.Extensions.AI;

namespace LangGap.Models;

/// <summary><c>.UseXxx()</c> extensions that add LangGap's middleware to a <see cref="ChatClientBuilder"/>.</summary>
/// <remarks>The first <c>Use</c> call is the outermost decorator; the evaluation stack is cache → recording → retry → balancer → limit → server.</remarks>
public static class LangGapChatClientBuilderExtensions
{
    /// <summary>Adds a <see cref="ResponseCacheChatClient"/> storing responses of <paramref name="modelId"/> under <paramref name="directory"/>.</summary>
    public static ChatClientBuilder UseResponseCache(this ChatClientBuilder builder, string directory, string modelId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new ResponseCacheChatClient(inner, directory, modelId));
    }

    /// <summary>Adds a <see cref="ConcurrencyLimitingChatClient"/> allowing <paramref name="maxConcurrency"/> calls in flight.</summary>
    public static ChatClientBuilder UseConcurrencyLimit(this ChatClientBuilder builder, int maxConcurrency)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new ConcurrencyLimitingChatClient(inner, maxConcurrency));
    }

    /// <summary>Adds a <see cref="RetryingChatClient"/> with <paramref name="options"/> (defaults when <see langword="null"/>).</summary>
    public static ChatClientBuilder UseRetries(this ChatClientBuilder builder, RetryOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new RetryingChatClient(inner, options, timeProvider));
    }

    /// <summary>Adds a <see cref="UsageRecordingChatClient"/> feeding <paramref name="meter"/>.</summary>
    public static ChatClientBuilder UseUsageRecording(this ChatClientBuilder builder, UsageMeter meter, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new UsageRecordingChatClient(inner, meter, timeProvider));
    }
}
