using LangGap.Metrics;

namespace LangGap.Tests.Metrics;

public sealed class MetricParallelTests
{
    [Fact]
    public void For_RunsEveryIndexOnce()
    {
        var seen = new int[5];

        MetricParallel.For(seen.Length, m => Interlocked.Increment(ref seen[m]));

        Assert.All(seen, count => Assert.Equal(1, count));
    }

    [Fact]
    public void For_SeveralFail_RethrowsTheLowestIndexUnwrapped()
    {
        var e = Assert.Throws<InvalidInputException>(() => MetricParallel.For(4, m =>
        {
            if (m >= 1)
            {
                Thread.Sleep(m == 1 ? 50 : 0); // the lowest failing index finishes last
                throw new InvalidInputException($"metric {m} failed");
            }
        }));

        Assert.Equal("metric 1 failed", e.Message);
    }

    [Fact]
    public void For_FailureWrappedByAnInnerParallelLoop_IsUnwrapped()
    {
        var e = Assert.Throws<ArgumentException>(() => MetricParallel.For(2, m =>
            Parallel.For(0, 1, _ => throw new ArgumentException("inner"))));

        Assert.Equal("inner", e.Message);
    }
}
