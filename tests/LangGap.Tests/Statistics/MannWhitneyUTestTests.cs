using LangGap.Statistics.Distributions;
using LangGap.Statistics.Unpaired;

namespace LangGap.Tests.Statistics;

public sealed class MannWhitneyUTestTests
{
    [Fact]
    public void Run_SeparatedSamples_IsTheContinuityCorrectedNormalApproximation()
    {
        // U1 = 6 − 6 = 0, U = 9, σ² = 9/12·7 = 5.25, z = (9 − 4.5 − 0.5)/√5.25.
        var (u, p) = MannWhitneyUTest.Run([1, 2, 3], [4, 5, 6]);

        Assert.Equal(0, u);
        Assert.Equal(2 * NormalDistribution.Sf(4 / Math.Sqrt(5.25)), p, 12);
        Assert.Equal(0.0809, p, 4);
    }

    [Fact]
    public void Run_Ties_UseTheTieCorrectedVariance()
    {
        // Pooled 1 1 2 2: ranks 1.5 1.5 3.5 3.5; U1 = 3 − 3 = 0, U = 4; ties Σ(t³−t) = 12; σ² = 4/12·(5 − 12/12) = 4/3.
        var (_, p) = MannWhitneyUTest.Run([1, 1], [2, 2]);

        Assert.Equal(2 * NormalDistribution.Sf((4 - 2 - 0.5) / Math.Sqrt(4.0 / 3)), p, 12);
    }

    [Fact]
    public void Run_AllEqual_IsOne()
    {
        Assert.Equal(1, MannWhitneyUTest.Run([2, 2], [2, 2, 2]).PValue);
    }

    [Fact]
    public void DifferenceOfMeans_SameSeed_IsReproducibleAndBracketsTheDifference()
    {
        double[] a = [5, 6, 7, 8, 9], b = [1, 2, 3, 4, 5];

        var first = UnpairedBootstrap.DifferenceOfMeans(a, b, 500, 3);
        var second = UnpairedBootstrap.DifferenceOfMeans(a, b, 500, 3);

        Assert.Equal(first, second);
        Assert.InRange(4.0, first.Lower, first.Upper);
        Assert.True(first.Lower > 0);
    }
}
