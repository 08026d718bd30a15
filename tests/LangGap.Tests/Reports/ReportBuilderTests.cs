using LangGap.Evaluation;
using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Metrics;
using LangGap.Reports;
using LangGap.Statistics;

namespace LangGap.Tests.Reports;

public sealed class ReportBuilderTests
{
    private static RunReport Build(PValueCorrection correction = PValueCorrection.Holm)
    {
        var (generations, scores) = ReportData.TwoModels();
        return ReportBuilder.Build([ReportData.Run], generations, scores, new ReportOptions { Correction = correction });
    }

    [Fact]
    public void Build_HandMadeStore_MeanIntervalCountAndUnscoredPerCell()
    {
        var report = Build();

        var aEn = report.Cells.Single(c => c.Model == "a" && c.Language == "en");
        Assert.Equal(0.75, aEn.Mean!.Value, 12);
        Assert.Equal(4, aEn.Count);
        // Pass/fail scores get the Wilson interval: 3 of 4 at 95% is [0.30064, 0.95441] (statsmodels proportion_confint, method="wilson").
        Assert.Equal(0.30064, aEn.Lower!.Value, 5);
        Assert.Equal(0.95441, aEn.Upper!.Value, 5);
        var aDe = report.Cells.Single(c => c.Model == "a" && c.Language == "de");
        Assert.Equal(0.25, aDe.Mean!.Value, 12);
        Assert.Equal(4, aDe.Count);
        Assert.Equal(1, aDe.Unscored);
        Assert.Equal(1, report.Transparency.FailedGenerations);
    }

    [Fact]
    public void Build_GradedScores_TInterval()
    {
        var generations = new[] { 2.0, 4, 6, 8 }.Select((v, i) => (Gen: ReportData.Generation("a", "en", $"s{i}"), Value: v)).ToList();

        var cell = Assert.Single(ReportBuilder.Build([ReportData.Run], [.. generations.Select(g => g.Gen)],
            [.. generations.Select(g => ReportData.Score(g.Gen, "judge", g.Value))], new ReportOptions()).Cells);

        // mean ± t(0.975, 3) · s/√n with s = 2.5819889, n = 4; t = 3.182446305284263 (scipy.stats.t.ppf).
        var half = 3.182446305284263 * Math.Sqrt(20.0 / 3) / 2;
        Assert.Equal(5 - half, cell.Lower!.Value, 9);
        Assert.Equal(5 + half, cell.Upper!.Value, 9);
    }

    [Fact]
    public void Build_HandMadeStore_GapSummaryPerModel()
    {
        var gap = Build().Gaps.Single(g => g.Model == "a");

        Assert.Equal(0.5, gap.MacroAverage, 12);
        Assert.Equal("de", gap.WorstLanguage);
        Assert.Equal(0.5, gap.MaxMinGap, 12);
        Assert.Equal(-0.5, gap.GapToEnglish["de"], 12);
    }

    [Fact]
    public void Build_TwoModels_PairedTestPerLanguageWithHolm()
    {
        var tests = Build().Comparisons;

        Assert.Equal(["en", "de"], tests.Select(t => t.Language));
        Assert.All(tests, t => Assert.Equal(4, t.Pairs));
        Assert.Equal(0.5, tests[0].Difference, 12);
        var ordered = tests.OrderBy(t => t.PValue).ToArray();
        Assert.Equal(Math.Min(1, 2 * ordered[0].PValue), ordered[0].PAdjusted, 12);
        Assert.Equal(Math.Max(ordered[0].PAdjusted, ordered[1].PValue), ordered[1].PAdjusted, 12);
    }

    [Fact]
    public void Build_ConfigListsModels_ReportKeepsThatOrder()
    {
        var (generations, scores) = ReportData.TwoModels();
        var run = ReportData.Run with { ConfigJson = """{"tasks":[{"name":"qa"}],"models":[{"id":"b"},{"id":"a"}]}""" };

        var report = ReportBuilder.Build([run], generations, scores, new ReportOptions());

        Assert.Equal(["b", "a"], report.Transparency.Models);
        Assert.Equal(-0.5, report.Comparisons[0].Difference, 12);
    }

    [Fact]
    public void Build_LanguageWithOnePairedPrompt_NoTestForIt()
    {
        var (generations, scores) = ReportData.TwoModels();
        var a = ReportData.Generation("a", "sw", "sw-0");
        var b = ReportData.Generation("b", "sw", "sw-0");

        var report = ReportBuilder.Build([ReportData.Run], [.. generations, a, b], [.. scores, ReportData.Score(a, "acc", 1), ReportData.Score(b, "acc", 0)], new ReportOptions());

        Assert.DoesNotContain(report.Comparisons, c => c.Language == "sw");
        Assert.Equal(2, report.Comparisons.Count);
    }

    [Fact]
    public void Build_NoCorrection_AdjustedEqualsRaw()
    {
        Assert.All(Build(PValueCorrection.None).Comparisons, t => Assert.Equal(t.PValue, t.PAdjusted));
    }

    [Fact]
    public void Build_JudgeScores_WinRatesFromRatings()
    {
        var g = new[] { ("a", "s1", 5.0), ("b", "s1", 3.0), ("a", "s2", 2.0), ("b", "s2", 4.0), ("a", "s3", 4.0), ("b", "s3", 4.0), ("a", "s4", 5.0), ("b", "s4", 1.0) }
            .Select(x => (Gen: ReportData.Generation(x.Item1, "en", x.Item2), Value: x.Item3)).ToList();
        var scores = g.Select(x => ReportData.Score(x.Gen, "judge", x.Value, """{"judge":"big-judge"}""")).ToList();

        var report = ReportBuilder.Build([ReportData.Run], [.. g.Select(x => x.Gen)], scores, new ReportOptions());

        var w = Assert.Single(report.WinRates);
        Assert.Equal(50, w.WinRateA, 9);
        Assert.Equal(25, w.WinRateB, 9);
        Assert.Equal(25, w.TieRate, 9);
        Assert.Equal(["big-judge"], report.Transparency.Judges);
    }

    [Fact]
    public async Task Build_ChrFScores_CorpusScoreFromSummedStatistics()
    {
        var scorer = ReferenceMetricScorer.ChrF();
        var pairs = new[] { ("Die Katze schläft.", "Die Katze schläft auf dem Stuhl."), ("Ich trinke Wasser.", "Ich trinke jeden Morgen Wasser.") };
        var generations = new List<LangGap.Storage.GenerationRecord>();
        var scores = new List<LangGap.Storage.ScoreRecord>();
        foreach (var (i, (hyp, reference)) in pairs.Index())
        {
            var g = ReportData.Generation("a", "de", $"s{i}", hyp, task: "tr");
            var s = await scorer.ScoreAsync(new ScoringInput(Sample.FromPrompt($"s{i}", LanguageTag.Parse("de"), "p", [reference]), "a", hyp), CancellationToken.None);
            generations.Add(g);
            scores.Add(ReportData.Score(g, "chrf", s.Value, s.DetailsJson));
        }

        var cell = Assert.Single(ReportBuilder.Build([ReportData.Run], generations, scores, new ReportOptions()).Cells);

        var metric = new ChrFMetric();
        var stats = metric.ComputeStatistics(pairs.Select(p => p.Item1).ToArray(), [pairs.Select(p => p.Item2).ToArray()]);
        Assert.Equal(metric.Score(stats.Total(), 1).Score, cell.CorpusScore!.Value, 9);
        Assert.NotEqual(cell.Mean!.Value, cell.CorpusScore!.Value, 6);
    }
}
