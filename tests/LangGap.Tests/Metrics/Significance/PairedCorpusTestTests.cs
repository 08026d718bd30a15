using LangGap.Metrics;
using LangGap.Statistics;
using LangGap.Metrics.Significance;
using LangGap.Statistics.Resampling;

namespace LangGap.Tests.Metrics.Significance;

public class PairedCorpusTestTests
{
    /// <summary>Accuracy as a corpus metric: statistics [correct, 1] per segment, score = 100·Σcorrect/Σcount.</summary>
    private sealed class AccuracyMetric(double scale = 1) : ICorpusMetric
    {
        public string Name => "Accuracy";
        public bool HigherIsBetter => true;
        public int StatisticsWidth => 2;

        public SegmentStatistics ComputeStatistics(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> references)
        {
            var values = new double[hypotheses.Count * 2];
            for (var i = 0; i < hypotheses.Count; i++)
            {
                values[2 * i] = hypotheses[i] == references[0][i] ? scale : 0;
                values[2 * i + 1] = scale;
            }
            return new SegmentStatistics(hypotheses.Count, 2, values);
        }

        public MetricScore Score(ReadOnlySpan<double> totals) => new(Name, totals[1] == 0 ? 0 : 100 * totals[0] / totals[1], Signature(1));

        public MetricScore ScoreSegment(ReadOnlySpan<double> segment) => Score(segment);

        public string Signature(int referenceCount) => $"nrefs:{referenceCount}|acc|version:test";
    }

    private static readonly Random Data = new(7);
    private static readonly string[] Reference = Enumerable.Range(0, 200).Select(i => $"s{i}").ToArray();

    private static string[] System(double accuracy) =>
        Reference.Select(r => Data.NextDouble() < accuracy ? r : "wrong").ToArray();

    [Fact]
    public void Bootstrap_Defaults_SignatureHasCountsAndSeed()
    {
        var result = Run(new AccuracyMetric(), new PairedTestOptions(), System(0.6), System(0.6));

        Assert.Equal("nrefs:1|bs:1000|seed:12345|acc|version:test", result.Signature);
    }

    [Fact]
    public void Bootstrap_Rows_MatchDefinitionOnSameResamples()
    {
        var metric = new AccuracyMetric();
        var baseline = System(0.6);
        var other = System(0.7);
        var options = new PairedTestOptions(Samples: 300);

        var result = Run(metric, options, baseline, other);

        // Recompute sacrebleu's definitions naively from the same resamples.
        var sets = ResampleIndexSets.Draw(300, Reference.Length, options.Seed);
        var statsBase = metric.ComputeStatistics(baseline, [Reference]);
        var statsOther = metric.ComputeStatistics(other, [Reference]);
        double Score(SegmentStatistics s, int r) { var t = new double[2]; s.SumInto(t, sets[r]); return metric.Score(t).Score; }
        var scoresOther = Enumerable.Range(0, 300).Select(r => Score(statsOther, r)).ToArray();
        var diffs = Enumerable.Range(0, 300).Select(r => Math.Abs(scoresOther[r] - Score(statsBase, r))).ToArray();
        var actual = Math.Abs(metric.Score(statsOther.Total()).Score - metric.Score(statsBase.Total()).Score);
        var c = diffs.Count(d => d - diffs.Average() > actual);
        var sorted = scoresOther.Order().ToArray();
        Assert.Equal((c + 1.0) / 301, result.Rows[1].PValue!.Value, 12);
        Assert.Equal(scoresOther.Average(), result.Rows[1].Mean!.Value, 9);
        Assert.Equal(0.5 * (sorted[300 - 7 - 1] - sorted[7]), result.Rows[1].Ci!.Value, 9);
        Assert.Null(result.Rows[0].PValue);
    }

    [Fact]
    public void ApproximateRandomization_LargeDifference_SmallestPossiblePValue()
    {
        var result = Run(new AccuracyMetric(), new PairedTestOptions(PairedTestMethod.ApproximateRandomization, 999), System(0.2), System(0.9));

        Assert.Equal(1.0 / 1000, result.Rows[1].PValue!.Value, 12);
        Assert.Null(result.Rows[1].Mean);
        Assert.Null(result.Rows[1].Ci);
        Assert.StartsWith("nrefs:1|ar:999|seed:12345", result.Signature);
    }

    [Fact]
    public void ApproximateRandomization_BalancedDisagreements_LargePValue()
    {
        var baseline = Reference.Select((r, i) => i % 2 == 0 ? r : "wrong").ToArray();
        var other = (string[])baseline.Clone();
        for (var i = 0; i < 40; i++)
        {
            other[i] = other[i] == Reference[i] ? "wrong" : Reference[i];
        }

        var result = Run(new AccuracyMetric(), new PairedTestOptions(PairedTestMethod.ApproximateRandomization, 2000), baseline, other);

        Assert.True(result.Rows[1].PValue > 0.5, $"p = {result.Rows[1].PValue}");
    }

    [Theory]
    [InlineData(PairedTestMethod.Bootstrap)]
    [InlineData(PairedTestMethod.ApproximateRandomization)]
    public void Run_FractionalStatistics_SameAsIntegerPath(PairedTestMethod method)
    {
        var baseline = System(0.5);
        var other = System(0.65);
        var options = new PairedTestOptions(method, 200);

        var integer = Run(new AccuracyMetric(), options, baseline, other);
        var fractional = Run(new AccuracyMetric(0.5), options, baseline, other);

        Assert.Equal(integer.Rows[1].PValue!.Value, fractional.Rows[1].PValue!.Value, 12);
        Assert.Equal(integer.Rows[1].Score, fractional.Rows[1].Score, 9);
    }

    [Fact]
    public void Run_SameSeed_SameResultsWhateverTheThreads()
    {
        var systems = new[] { System(0.5), System(0.55), System(0.6), System(0.5) };

        var parallel = Run(new AccuracyMetric(), new PairedTestOptions(PairedTestMethod.ApproximateRandomization, 500), systems);
        var serial = Run(new AccuracyMetric(), new PairedTestOptions(PairedTestMethod.ApproximateRandomization, 500, MaxDegreeOfParallelism: 1), systems);

        Assert.Equal(parallel.Rows.Select(r => r.PValue), serial.Rows.Select(r => r.PValue));
    }

    [Fact]
    public void Run_HolmCorrection_AdjustsOnlyNonBaselineRows()
    {
        var result = Run(new AccuracyMetric(), new PairedTestOptions(Samples: 200, Correction: PValueCorrection.Holm), System(0.5), System(0.52), System(0.9));

        var raw = result.Rows.Skip(1).Select(r => r.PValue!.Value).ToArray();
        Assert.Equal(MultipleComparisons.Adjust(raw, PValueCorrection.Holm), result.Rows.Skip(1).Select(r => r.PAdjusted!.Value));
        Assert.Null(result.Rows[0].PAdjusted);
    }

    [Fact]
    public void TotalsScorers_LangGapMetrics_SameNumberAsScore()
    {
        var random = new Random(3);
        foreach (var metric in new ICorpusMetric[] { new BleuMetric(), new ChrFMetric(), new TerMetric() })
        {
            var scorer = TotalsScorers.For(metric);
            for (var k = 0; k < 50; k++)
            {
                var totals = Enumerable.Range(0, metric.StatisticsWidth).Select(_ => (double)random.Next(0, 400)).ToArray();
                totals[k % totals.Length] = k < 5 ? 0 : totals[k % totals.Length];
                Assert.Equal(metric.Score(totals).Score, scorer(totals));
            }
        }
    }

    [Fact]
    public void Run_MismatchedSegments_Throws()
    {
        var metric = new AccuracyMetric();
        var test = new PairedCorpusTest(10, new PairedTestOptions());
        var statistics = metric.ComputeStatistics(Reference, [Reference]);

        Assert.Throws<ArgumentException>(() => test.Run(metric, ["a", "b"], [statistics, statistics], 1));
    }

    private static PairedMetricResult Run(ICorpusMetric metric, PairedTestOptions options, params string[][] systems)
    {
        var statistics = systems.Select(s => metric.ComputeStatistics(s, [Reference])).ToArray();
        var names = systems.Select((_, i) => $"sys{i}").ToArray();
        return new PairedCorpusTest(Reference.Length, options).Run(metric, names, statistics, 1);
    }
}
