namespace LangGap.Models;

/// <summary>Thread-safe running totals of calls, failures, tokens and latency, fed by <see cref="UsageRecordingChatClient"/>.</summary>
public sealed class UsageMeter
{
    private long _requests;
    private long _failures;
    private long _cacheHits;
    private long _inputTokens;
    private long _outputTokens;
    private long _latencyTicks;

    /// <summary>Adds one call.</summary>
    public void Record(TimeSpan latency, bool failed, bool cacheHit, long inputTokens, long outputTokens)
    {
        Interlocked.Increment(ref _requests);
        if (failed) Interlocked.Increment(ref _failures);
        if (cacheHit) Interlocked.Increment(ref _cacheHits);
        Interlocked.Add(ref _inputTokens, inputTokens);
        Interlocked.Add(ref _outputTokens, outputTokens);
        Interlocked.Add(ref _latencyTicks, latency.Ticks);
    }

    /// <summary>The totals now.</summary>
    public UsageSnapshot Snapshot() => new(
        Interlocked.Read(ref _requests),
        Interlocked.Read(ref _failures),
        Interlocked.Read(ref _cacheHits),
        Interlocked.Read(ref _inputTokens),
        Interlocked.Read(ref _outputTokens),
        TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks)));
}
