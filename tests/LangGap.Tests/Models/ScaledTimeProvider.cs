namespace LangGap.Tests.Models;

/// <summary>System time whose timers run a fixed factor faster, recording every requested due time (to check backoff and Retry-After).</summary>
public sealed class ScaledTimeProvider(double factor) : TimeProvider
{
    public System.Collections.Concurrent.ConcurrentQueue<TimeSpan> RequestedDelays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            RequestedDelays.Enqueue(dueTime);
            dueTime = dueTime / factor;
        }
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
