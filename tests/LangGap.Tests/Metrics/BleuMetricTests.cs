using LangGap.Metrics;

namespace LangGap.Tests.Metrics;

public class BleuMetricTests
{
    [Fact]
    public void Score_Detail_PrintedAsSacrebleu()
    {
        var metric = new BleuMetric();

        var score = metric.Score(metric.ComputeStatistics(["The cat sat on the mat."], [["The cat is sitting on the mat."]]).Total());

        Assert.Equal("85.7/66.7/40.0/25.0 (BP = 0.867 ratio = 0.875 hyp_len = 7 ref_len = 8)", score.Detail);
    }

    [Fact]
    public void ComputeStatistics_SeveralReferences_UsesClosestLengthShorterOnTies()
    {
        var metric = new BleuMetric();

        // Hypothesis of 3 tokens; references of 2 and 4 tokens are equally close: the shorter wins.
        var stats = metric.ComputeStatistics(["a b c"], [["a b"], ["a b c d"]]);

        Assert.Equal(3, stats.Row(0)[0]);
        Assert.Equal(2, stats.Row(0)[1]);
    }

    [Fact]
    public void ComputeStatistics_SeveralReferences_ClipsByMaximumCountOverReferences()
    {
        var metric = new BleuMetric(new BleuOptions { MaxNgramOrder = 1 });

        var stats = metric.ComputeStatistics(["a a a"], [["a b c"], ["a a d"]]);

        Assert.Equal(2, stats.Row(0)[2]); // "a" matched min(3, max(1, 2)) times
        Assert.Equal(3, stats.Row(0)[3]);
    }

    [Fact]
    public void ScoreSegment_ShortSentence_UsesEffectiveOrder()
    {
        var metric = new BleuMetric();

        var stats = metric.ComputeStatistics(["hello world"], [["hello world"]]);

        Assert.Equal(100.0, metric.ScoreSegment(stats.Row(0)).Score, 1e-9);
        Assert.Equal(0.0, metric.Score(stats.Total()).Score, 1e-9);
        Assert.Contains("eff:yes", metric.ScoreSegment(stats.Row(0)).Signature);
    }
}
