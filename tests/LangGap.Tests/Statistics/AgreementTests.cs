using LangGap.Statistics.Agreement;

namespace LangGap.Tests.Statistics;

public class AgreementTests
{
    private static readonly double[] X = [1, 2, 3, 4, 5, 6, 7, 8];
    private static readonly double[] Y = [2, 1, 4, 3, 6, 5, 8, 7];

    [Fact]
    public void KendallTauB_NoTies_ExactPValueMatchesScipy()
    {
        // scipy 1.10.1: kendalltau → statistic=0.7142857142857142, pvalue=0.014136904761904762
        var result = Correlation.KendallTauB(X, Y);

        Assert.Equal(0.7142857142857142, result.Coefficient, 12);
        Assert.Equal(0.014136904761904762, result.PValue, 12);
    }

    [Fact]
    public void SpearmanAndPearson_PValues_MatchScipy()
    {
        // scipy 1.10.1: spearmanr p=0.0020082755054294677; pearsonr(X, [2,1,4,3,6,5,8,9]) r=0.9320546490017999, p=0.0007447679732419634
        Assert.Equal(0.0020082755054294677, Correlation.Spearman(X, Y).PValue, 12);
        var pearson = Correlation.Pearson(X, [2, 1, 4, 3, 6, 5, 8, 9]);
        Assert.Equal(0.9320546490017999, pearson.Coefficient, 12);
        Assert.Equal(0.0007447679732419634, pearson.PValue, 12);
    }

    [Fact]
    public void Pearson_ConstantInput_NaN() =>
        Assert.True(double.IsNaN(Correlation.Pearson([1, 1, 1], [1, 2, 3]).Coefficient));

    [Fact]
    public void PairwiseAccuracy_TiesInGoldMatchedByMetricTies_CountAsCorrect()
    {
        double[] gold = [0, 0, 1];
        double[] metric = [0.5, 0.5, 2];

        Assert.Equal(1.0, PairwiseAccuracy.Accuracy(gold, metric));
        Assert.Equal(1.0, PairwiseAccuracy.Tau23(gold, metric));
    }

    [Fact]
    public void TieCalibrated_SmallMetricNoise_FindsEpsilonThatTiesIt()
    {
        double[] gold = [0, 0, 0, 5, 5, 10];
        double[] metric = [0.1, 0.0, -0.1, 5.05, 4.95, 10];

        var result = PairwiseAccuracy.TieCalibrated(gold, metric);

        Assert.Equal(1.0, result.Accuracy);
        Assert.InRange(result.Epsilon, 0.2, 4.9);
    }

    [Fact]
    public void CohenKappa_KnownTable_MatchesFormula()
    {
        // 20 items: both yes 8, both no 7, A yes/B no 3, A no/B yes 2 → p_o = 0.75, p_e = 0.5·0.55 + 0.5·0.45 = 0.5.
        var a = Enumerable.Repeat("y", 8).Concat(Enumerable.Repeat("n", 7)).Concat(Enumerable.Repeat("y", 3)).Concat(Enumerable.Repeat("n", 2)).ToArray();
        var b = Enumerable.Repeat("y", 8).Concat(Enumerable.Repeat("n", 7)).Concat(Enumerable.Repeat("n", 3)).Concat(Enumerable.Repeat("y", 2)).ToArray();

        Assert.Equal(0.5, CohenKappa.Compute(a, b), 12);
    }

    [Fact]
    public void Krippendorff_PerfectAgreementWithMissing_IsOne()
    {
        IReadOnlyList<double?>[] ratings = [[1, 2, 3, null], [1, 2, 3, 4], [null, 2, 3, 4]];

        Assert.Equal(1.0, KrippendorffAlpha.Compute(ratings, KrippendorffLevel.Interval), 12);
    }
}
