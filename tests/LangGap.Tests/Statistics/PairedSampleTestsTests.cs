using LangGap.Statistics.Paired;

namespace LangGap.Tests.Statistics;

public class PairedSampleTestsTests
{
    private static readonly double[] A = Enumerable.Range(0, 60).Select(i => (i * 37 % 11) / 10.0 + 0.3).ToArray();
    private static readonly double[] B = Enumerable.Range(0, 60).Select(i => (i * 53 % 13) / 10.0).ToArray();

    [Fact]
    public void Bootstrap_Interval_ContainsObservedDifference()
    {
        var result = PairedBootstrapTest.Run(new PairedScores(A, B), 2000);

        Assert.Equal(A.Average() - B.Average(), result.Difference, 12);
        Assert.InRange(result.Difference, result.Lower!.Value, result.Upper!.Value);
        Assert.Equal("resamples:2000|seed:12345|clusters:60", result.Detail);
    }

    [Fact]
    public void Bootstrap_RepeatedGenerationsAsClusters_KeepsUnclusteredWidth()
    {
        // Five identical generations per prompt carry no more information than one: clustering must not narrow the interval.
        var a5 = A.SelectMany(v => Enumerable.Repeat(v, 5)).ToArray();
        var b5 = B.SelectMany(v => Enumerable.Repeat(v, 5)).ToArray();
        var prompts = Enumerable.Range(0, 60).SelectMany(i => Enumerable.Repeat($"p{i}", 5)).ToArray();

        var single = PairedBootstrapTest.Run(new PairedScores(A, B), 4000);
        var clustered = PairedBootstrapTest.Run(new PairedScores(a5, b5, prompts), 4000);
        var naive = PairedBootstrapTest.Run(new PairedScores(a5, b5), 4000);

        var width = single.Upper!.Value - single.Lower!.Value;
        Assert.Equal(60, clustered.Clusters);
        Assert.InRange(clustered.Upper!.Value - clustered.Lower!.Value, 0.85 * width, 1.15 * width);
        Assert.True(naive.Upper!.Value - naive.Lower!.Value < 0.6 * width);
    }

    [Fact]
    public void Bootstrap_SameSeed_Reproducible()
    {
        var first = PairedBootstrapTest.Run(new PairedScores(A, B), 500, seed: 3);
        var second = PairedBootstrapTest.Run(new PairedScores(A, B), 500, seed: 3);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Permutation_NoDifference_LargePValue()
    {
        var result = PairedPermutationTest.Run(new PairedScores(A, A.Reverse().ToArray()), 2000);

        Assert.True(result.PValue > 0.9, $"p = {result.PValue}");
    }

    [Fact]
    public void Permutation_ConsistentShift_SmallestPValue()
    {
        var shifted = A.Select(v => v + 1).ToArray();

        var result = PairedPermutationTest.Run(new PairedScores(shifted, A), 999);

        Assert.Equal(1.0 / 1000, result.PValue, 12);
    }

    [Fact]
    public void McNemar_BinaryOutcomes_CountsDiscordantPairs()
    {
        double[] a = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0];
        double[] b = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0];

        var result = McNemarTest.Run(new PairedScores(a, b));

        Assert.Equal("exact|b:10|c:2", result.Detail);
        Assert.Equal(0.03857421875, result.PValue, 12);
    }

    [Fact]
    public void McNemar_NonBinary_Throws() =>
        Assert.Throws<ArgumentException>(() => McNemarTest.Run(new PairedScores([0.5, 1], [0, 1])));

    [Fact]
    public void McNemar_Clustered_Throws() =>
        Assert.Throws<ArgumentException>(() => McNemarTest.Run(new PairedScores([1, 0], [0, 1], ["p", "p"])));

    [Fact]
    public void PairedT_Interval_CentredOnDifference()
    {
        var result = PairedTTest.Run(new PairedScores(A, B));

        Assert.Equal(result.Difference, (result.Lower!.Value + result.Upper!.Value) / 2, 12);
        Assert.Equal("df:59", result.Detail);
    }

    [Fact]
    public void Wilcoxon_SmallSampleWithoutZeros_ExactMatchesScipy()
    {
        // scipy 1.10.1: wilcoxon(x, y) = WilcoxonResult(statistic=7.0, pvalue=0.00927734375)
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        double[] y = [1.5, 1, 2, 5, 3, 3, 4, 2, 9.5, 7, 8, 6];

        var result = WilcoxonSignedRankTest.Run(new PairedScores(x, y));

        Assert.Equal(7.0, result.Statistic);
        Assert.Equal(0.00927734375, result.PValue, 12);
        Assert.Equal("exact", result.Detail);
    }

    [Fact]
    public void Wilcoxon_WithZeros_UsesNormalApproximation()
    {
        var result = WilcoxonSignedRankTest.Run(new PairedScores([1, 2, 3, 4, 5, 6], [1, 1, 1, 1, 1, 1]));

        Assert.StartsWith("normal", result.Detail);
    }

    [Fact]
    public void PairedScores_DifferentLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => new PairedScores([1, 2], [1]));
}
