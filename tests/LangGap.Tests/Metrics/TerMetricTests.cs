using LangGap.Metrics;

namespace LangGap.Tests.Metrics;

public class TerMetricTests
{
    [Fact]
    public void ScoreSegment_NormalizedReferenceWithNoBreakSpace_TokenizesReferenceTwiceAsSacrebleu()
    {
        // sacrebleu 2.6.0 gives 50.0: the reference "it's\u00a0…" is normalised twice, so "it's" becomes "it 's"
        // (10 reference words), while a single normalisation would give 3 edits over 9 words (33.3).
        var metric = new TerMetric(new TerOptions { Normalized = true, AsianSupport = true });
        var hypothesis = "٣٤ ひらがな \t\u00a0&lt;b&gt; it's\u00a0&quot;\u00a0?  😀   ";
        var reference = "it's\u00a0&quot;\u00a0?    😀  \t\u00a0&lt;b&gt; ひらがな ٣٤";

        var stats = metric.ComputeStatistics([hypothesis], [[reference]]);

        Assert.Equal(50.0, metric.ScoreSegment(stats.Row(0)).Score, 1e-9);
        Assert.Equal(10.0, stats.Row(0)[1]);
    }

    [Fact]
    public void Score_EmptyReferenceAndHypothesis_IsZero()
    {
        var metric = new TerMetric();

        var score = metric.Score(metric.ComputeStatistics([""], [[""]]).Total());

        Assert.Equal(0.0, score.Score);
    }

    [Fact]
    public void Score_ReorderedSentence_CountsOneShiftNotManyEdits()
    {
        var metric = new TerMetric();

        var score = metric.Score(metric.ComputeStatistics(["on the mat the cat sat"], [["the cat sat on the mat"]]).Total());

        Assert.Equal(100.0 / 6, score.Score, 1e-9);
        Assert.False(metric.HigherIsBetter);
    }
}
