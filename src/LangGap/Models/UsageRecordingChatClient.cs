using Microsoft.Extensions.AI;

namespace LangGap.Models;

/// <summary>Measures each call's wall time and token usage, adds them to a <see cref="UsageMeter"/> and stamps the latency on the response.</summary>
/// <remarks>The latency is stored under <see cref="ChatOptionKeys.LatencyMilliseconds"/>; time comes from the injected <see cref="TimeProvider"/>.</remarks>
public sealed class UsageRecordingChatClient : DelegatingChatClient
{
    private readonly UsageMeter _meter;
    private readonly TimeProvider _time;

    /// <summary>Wraps <paramref name="innerClient"/>, recording into <paramref name="meter"/>.</summary>
    public UsageRecordingChatClient(IChatClient innerClient, UsageMeter meter, TimeProvider? timeProvider = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(meter);
        _meter = meter;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        ChatResponse response;
        try
        {
            response = await InnerClient.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _meter.Record(_time.GetElapsedTime(started), failed: true, cacheHit: false, 0, 0);
            throw;
        }
        var latency = _time.GetElapsedTime(started);
        var cacheHit = response.AdditionalProperties?.TryGetValue(ChatOptionKeys.CacheHit, out var hit) == true && hit is true;
        _meter.Record(latency, failed: false, cacheHit, response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0);
        (response.AdditionalProperties ??= [])[ChatOptionKeys.LatencyMilliseconds] = latency.TotalMilliseconds;
        return response;
    }
}
