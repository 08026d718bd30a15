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

public class ReferenceCacheTests
{
    [Fact]
    public void ComputeStatistics_ReferenceListChangedInPlace_UsesNewContent()
    {
        var bleu = new BleuMetric();
        var chrf = new ChrFMetric();
        var references = new List<string> { "the cat sat on the mat" };
        bleu.ComputeStatistics(["the cat sat on the mat"], [references]);
        chrf.ComputeStatistics(["the cat sat on the mat"], [references]);

        references[0] = "a dog ran in the park";
        var bleuAfter = bleu.Score(bleu.ComputeStatistics(["a dog ran in the park"], [references]).Total()).Score;
        var chrfAfter = chrf.Score(chrf.ComputeStatistics(["a dog ran in the park"], [references]).Total()).Score;

        Assert.Equal(100.0, bleuAfter, 1e-9);
        Assert.Equal(100.0, chrfAfter, 1e-9);
    }
}

public class MultiSystemStatisticsTests
{
    public static TheoryData<string> Metrics => new() { "bleu", "chrf", "ter" };

    [Theory]
    [MemberData(nameof(Metrics))]
    public void ComputeStatistics_SeveralSystems_SameAsOneAtATime(string name)
    {
        var metric = CorpusMetricFactory.Create(name, new MetricSettings { ChrFWordOrder = 2 });
        var references = Enumerable.Range(0, 300).Select(i => $"The {i % 11} cats sat on mat {i}, quietly.").ToList();
        IReadOnlyList<string>[] systems =
        [
            Enumerable.Range(0, 300).Select(i => $"The {i % 11} cats sat on the mat {i}.").ToList(),
            Enumerable.Range(0, 300).Select(i => $"A {i % 7} dogs ran on mat {i}, loudly!").ToList(),
        ];

        var together = metric.ComputeStatistics(systems, [references]);

        Assert.Equal(2, together.Count);
        for (var s = 0; s < systems.Length; s++)
        {
            var alone = CorpusMetricFactory.Create(name, new MetricSettings { ChrFWordOrder = 2 }).ComputeStatistics(systems[s], [references]);
            Assert.Equal(alone.Values.ToArray(), together[s].Values.ToArray());
        }
    }
}
