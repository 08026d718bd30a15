using System.Runtime.ExceptionServices;

namespace LangGap.Metrics;

/// <summary>Runs one piece of work per metric side by side, rethrowing a failure as itself rather than wrapped.</summary>
internal static class MetricParallel
{
    /// <summary>Calls <paramref name="body"/> for every metric index below <paramref name="count"/>, in parallel.</summary>
    /// <remarks>When several fail, the failure of the lowest index is rethrown, so the error a user sees does not depend on timing.</remarks>
    public static void For(int count, Action<int> body, CancellationToken cancellationToken = default)
    {
        var failures = new Exception?[count];
        Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, m =>
        {
            try
            {
                body(m);
            }
            catch (Exception e)
            {
                failures[m] = e;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } first)
        {
            ExceptionDispatchInfo.Capture(first is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : first).Throw();
        }
    }
}
