using LangGap.Statistics.Paired;

namespace LangGap.Tests.Statistics;

public sealed class ExactSignFlipTestTests
{
    [Theory]
    // Differences 1, 2, 3: of the 8 sign assignments only +1+2+3 and −1−2−3 reach |6| → 2/8.
    [InlineData(new[] { 1.0, 2, 3 }, 0.25)]
    // Six equal differences: only the two uniform assignments reach |6| → 2/64 (the McNemar 6–0 value).
    [InlineData(new[] { 1.0, 1, 1, 1, 1, 1 }, 0.03125)]
    // 0.5 − 0.2 + 1.3 + 0.7 = 2.3: reached by flipping nothing or only −0.2 (2.7), and by their mirrors → 4/16; ties at the threshold count.
    [InlineData(new[] { 0.5, -0.2, 1.3, 0.7 }, 0.25)]
    // Observed sum 0: every assignment is at least as extreme.
    [InlineData(new[] { 1.0, -1 }, 1.0)]
    // 1 + 2 + 4 = 7 with the sign-flip sums ±1 ±2 ±4 ∈ {±1, ±3, ±5, ±7}: 2/8.
    [InlineData(new[] { 1.0, 2, 4 }, 0.25)]
    public void PValue_HandEnumeratedCases_Exact(double[] differences, double expected)
    {
        Assert.Equal(expected, ExactSignFlipTest.PValue(differences), 15);
    }

    [Fact]
    public void PValue_TwentyDifferences_SmallestAttainableIsTwoOverTwoToTheTwenty()
    {
        var differences = Enumerable.Repeat(0.25, 20).ToArray();

        Assert.Equal(2.0 / (1 << 20), ExactSignFlipTest.PValue(differences), 15);
    }

    [Fact]
    public void Run_Clusters_FlipsWholePromptsAndNamesTest()
    {
        // Two prompts with two generations each: cluster sums 2 and 1 → |±2 ±1| ≥ 3 in 2 of 4 assignments.
        var scores = new PairedScores([1, 1, 1, 0], [0, 0, 0, 0], ["p", "p", "q", "q"]);

        var result = ExactSignFlipTest.Run(scores);

        Assert.Equal("sign-flip", result.Test);
        Assert.Equal(2, result.Clusters);
        Assert.Equal(0.5, result.PValue, 15);
    }

    [Fact]
    public void Run_MoreThanTwentyClusters_Throws()
    {
        var values = Enumerable.Range(0, 21).Select(i => (double)i).ToArray();

        var error = Assert.Throws<ArgumentException>(() => ExactSignFlipTest.Run(new PairedScores(values, new double[21])));

        Assert.Contains("at most 20", error.Message);
    }

    [Fact]
    public void McNemar_SixDiscordantAllOneWay_IsTwoOverSixtyFour()
    {
        // scipy.stats.binomtest(6, 6, 0.5).pvalue == 0.03125
        Assert.Equal(0.03125, McNemarTest.ExactPValue(6, 0), 15);
    }
}
