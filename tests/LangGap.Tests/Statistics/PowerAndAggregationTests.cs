using LangGap.Statistics;
using LangGap.Statistics.Aggregation;

namespace LangGap.Tests.Statistics;

public class PowerAndAggregationTests
{
    [Fact]
    public void MinimumDetectableDifference_KnownFormula()
    {
        // (z_0.975 + z_0.8) / √100 = (1.95996398 + 0.84162123) / 10
        Assert.Equal(0.28015852, PowerAnalysis.MinimumDetectableDifference(100, 1.0), 7);
    }

    [Fact]
    public void PairsForDifference_RoundTripsMinimumDetectableDifference()
    {
        var effect = PowerAnalysis.MinimumDetectableDifference(250, 0.8);

        Assert.Equal(250, PowerAnalysis.PairsForDifference(effect * 1.0000001, 0.8));
    }

    [Fact]
    public void BinaryPower_RoundTrips()
    {
        var effect = PowerAnalysis.MinimumDetectableBinaryDifference(500, 0.2);
        var pairs = PowerAnalysis.PairsForBinaryDifference(effect, 0.2);

        Assert.InRange(pairs, 499, 500);
        Assert.InRange(effect, 0.05, 0.06);
    }

    [Fact]
    public void Summarize_Languages_ReportsWorstGapAndGapToEnglish()
    {
        var samples = new[] { ("en", 0.9), ("en", 0.8), ("sw", 0.4), ("sw", 0.5), ("de", 0.7), ("de", 0.8) };

        var summary = GroupAggregation.Summarize(samples);

        Assert.Equal("sw", summary.Worst.Group);
        Assert.Equal("en", summary.Best.Group);
        Assert.Equal(0.4, summary.MaxMinGap, 12);
        Assert.Equal(-0.4, summary.GapToReference["sw"], 12);
        Assert.Equal((0.85 + 0.45 + 0.75) / 3, summary.MacroAverage, 12);
    }

    [Fact]
    public void Estimate_TwoValues_TInterval()
    {
        // mean 0.85, s = 0.0707107, t(0.975, 1) = 12.7062047 → half-width 0.6353102
        var estimate = GroupAggregation.Estimate("en", [0.9, 0.8]);

        Assert.Equal(0.85 - 0.6353102, estimate.Lower, 6);
        Assert.Equal(0.85 + 0.6353102, estimate.Upper, 6);
    }
}
