using LangGap.Safety.Agreement;
using LangGap.Safety.Reporting;

namespace LangGap.Tests.Safety;

public sealed class RoganGladenTests
{
    [Theory]
    [InlineData(0.3, 0.8, 0.9, 0.2 / 0.7)]
    [InlineData(0.05, 0.8, 0.9, 0.0)] // below the false-positive floor: clipped to 0
    [InlineData(0.95, 0.8, 0.9, 1.0)] // above sensitivity: clipped to 1
    public void Correct_GivesClippedEstimate(double observed, double se, double sp, double expected) =>
        Assert.Equal(expected, RoganGladen.Correct(observed, se, sp)!.Value, 12);

    [Fact]
    public void Correct_JudgeNoBetterThanChance_GivesNull() => Assert.Null(RoganGladen.Correct(0.3, 0.5, 0.5));

    [Fact]
    public void Estimate_SameSeed_SameInterval_AndIntervalHoldsEstimate()
    {
        var labelled = Enumerable.Range(0, 40).Select(i => (Human: i < 20, Judge: i < 18 || i == 25)).ToList();
        var judged = Enumerable.Range(0, 100).Select(i => i < 30).ToList();

        var first = RoganGladen.Estimate(labelled, judged, 1000, seed: 11);
        var second = RoganGladen.Estimate(labelled, judged, 1000, seed: 11);

        Assert.Equal(first, second);
        Assert.InRange(first.Estimate!.Value, first.Lower!.Value, first.Upper!.Value);
        Assert.True(first.Upper - first.Lower > 0.05); // both labelled and judged sets add variance
    }

    [Theory]
    [InlineData(8, 10, 1, 6, 0.03496503496503495)] // scipy.stats.fisher_exact([[8, 2], [1, 5]])
    [InlineData(3, 10, 3, 10, 1.0)]
    [InlineData(0, 10, 10, 10, 1.082508822446903e-05)] // scipy.stats.fisher_exact([[0, 10], [10, 0]])
    public void FisherExact_MatchesScipy(int k1, int n1, int k2, int n2, double expected) =>
        Assert.Equal(expected, FisherExactTest.PValue(k1, n1, k2, n2), 9);
}
