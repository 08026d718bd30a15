namespace LangGap.Models;

/// <summary>Totals recorded by a <see cref="UsageMeter"/> at one moment.</summary>
/// <param name="Requests">Calls made, successful or not.</param>
/// <param name="Failures">Calls that ended in an exception.</param>
/// <param name="CacheHits">Calls answered from the response cache.</param>
/// <param name="InputTokens">Prompt tokens the servers reported.</param>
/// <param name="OutputTokens">Completion tokens the servers reported.</param>
/// <param name="TotalLatency">The wall time of all calls added together.</param>
public sealed record UsageSnapshot(long Requests, long Failures, long CacheHits, long InputTokens, long OutputTokens, TimeSpan TotalLatency)
{
    /// <summary>The mean wall time of a call, or zero before the first call.</summary>
    public TimeSpan MeanLatency => Requests == 0 ? TimeSpan.Zero : TotalLatency / Requests;
}
