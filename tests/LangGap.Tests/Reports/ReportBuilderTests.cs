using LangGap.Evaluation;
using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Metrics;
using LangGap.Reports;
using LangGap.Statistics;
using LangGap.Statistics.Paired;

namespace LangGap.Tests.Reports;

public sealed class ReportBuilderTests
{
    private static RunReport Build(PValueCorrection correction = PValueCorrection.Holm)
    {
        var (generations, scores) = ReportData.TwoModels();
        return ReportData.Build(generations, scores, new ReportOptions { Correction = correction });
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

        var cell = Assert.Single(ReportData.Build([.. generations.Select(g => g.Gen)], [.. generations.Select(g => ReportData.Score(g.Gen, "len", g.Value))]).Cells);

        // mean ± t(0.975, 3) · s/√n with s = 2.5819889, n = 4; t = 3.182446305284263 (scipy.stats.t.ppf).
        var half = 3.182446305284263 * Math.Sqrt(20.0 / 3) / 2;
        Assert.Equal(5 - half, cell.Lower!.Value, 9);
        Assert.Equal(5 + half, cell.Upper!.Value, 9);
        Assert.Equal("t", cell.Interval);
    }

    [Fact]
    public void Build_OrdinalRatings_TIntervalClippedToScale()
    {
        var generations = new[] { 2.0, 4, 6, 8 }.Select((v, i) => (Gen: ReportData.Generation("a", "en", $"s{i}"), Value: Math.Min(5, v / 1.6))).ToList();

        var cell = Assert.Single(ReportData.Build([.. generations.Select(g => g.Gen)], [.. generations.Select(g => ReportData.Score(g.Gen, "judge", g.Value))]).Cells);

        Assert.True(cell.Lower >= 1 && cell.Upper <= 5);
        Assert.Equal(5, cell.Upper);
    }

    [Fact]
    public void Build_HandMadeStore_GapSummaryPerModel()
    {
        var gap = Build().Gaps.Single(g => g.Model == "a");

        Assert.Equal(0.5, gap.MacroAverage, 12);
        Assert.Equal("de", gap.WorstLanguage);
        Assert.Equal(0.5, gap.MaxMinGap, 12);
        Assert.Equal("en", gap.ReferenceLanguage);
        Assert.Equal(-0.5, gap.GapToReference["de"], 12);
        Assert.Equal(("en", 0.75), (gap.BestLanguage, gap.BestMean));
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

        var report = ReportData.Build(generations, scores, run: run);

        Assert.Equal(["b", "a"], report.Transparency.Models);
        Assert.Equal(-0.5, report.Comparisons[0].Difference, 12);
    }

    [Fact]
    public void Build_LanguageWithOnePairedPrompt_NoTestForIt()
    {
        var (generations, scores) = ReportData.TwoModels();
        var a = ReportData.Generation("a", "sw", "sw-0");
        var b = ReportData.Generation("b", "sw", "sw-0");

        var report = ReportData.Build([.. generations, a, b], [.. scores, ReportData.Score(a, "acc", 1), ReportData.Score(b, "acc", 0)]);

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
        var scores = g.Select(x => ReportData.Score(x.Gen, "judge", x.Value)).ToList();

        var report = ReportData.Build([.. g.Select(x => x.Gen)], scores);

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
            scores.Add(ReportData.Score(g, "chrf", s.Value, s.Statistics));
        }

        var cell = Assert.Single(ReportData.Build(generations, scores).Cells);

        var metric = new ChrFMetric();
        var stats = metric.ComputeStatistics(pairs.Select(p => p.Item1).ToArray(), [pairs.Select(p => p.Item2).ToArray()]);
        Assert.Equal(metric.Score(stats.Total(), 1).Score, cell.CorpusScore!.Value, 9);
        Assert.NotEqual(cell.Mean!.Value, cell.CorpusScore!.Value, 6);
    }

    [Fact]
    public void Build_HindiFidelityNinePairsSixDiscordantOneWay_ExactMcNemarNotBootstrap()
    {
        // 9 Hindi prompts: both models pass 3, model a passes and b fails the other 6 (6 discordant pairs, all one way).
        var generations = new List<LangGap.Storage.GenerationRecord>();
        var scores = new List<LangGap.Storage.ScoreRecord>();
        for (var i = 0; i < 9; i++)
        {
            var a = ReportData.Generation("a", "hi", $"hi-{i}");
            var b = ReportData.Generation("b", "hi", $"hi-{i}");
            generations.AddRange([a, b]);
            scores.AddRange([ReportData.Score(a, "acc", 1), ReportData.Score(b, "acc", i < 3 ? 1 : 0)]);
        }

        var test = Assert.Single(ReportData.Build(generations, scores).Comparisons);

        // scipy.stats.binomtest(6, 6).pvalue = 2 · 0.5⁶ = 0.03125.
        Assert.Equal("exact McNemar", test.Test);
        Assert.Equal(0.03125, test.PValue, 12);
        // What the report printed before: the paired bootstrap over the same 9 pairs claims p < 0.001.
        var bootstrap = PairedBootstrapTest.Run(new PairedScores([1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 0, 0, 0, 0, 0, 0]), 1000, 12345);
        Assert.True(bootstrap.PValue < 0.001);
    }

    [Fact]
    public void Build_ChrFCellAllZero_TIntervalNotWilson()
    {
        var generations = Enumerable.Range(0, 10).Select(i => ReportData.Generation("a", "zh", $"s{i}", task: "tr")).ToList();
        var scores = generations.Select(g => ReportData.Score(g, "chrf", 0)).ToList();

        var cell = Assert.Single(ReportData.Build(generations, scores).Cells);

        Assert.Equal("t", cell.Interval);
        Assert.Equal((0.0, 0.0), (cell.Lower!.Value, cell.Upper!.Value));
    }

    [Fact]
    public void Build_GradedIntervalNearRangeEnd_ClippedToRange()
    {
        var generations = Enumerable.Range(0, 4).Select(i => ReportData.Generation("a", "ru", $"s{i}", task: "tr")).ToList();
        var scores = generations.Select((g, i) => ReportData.Score(g, "chrf", i == 0 ? 1.2 : 0)).ToList();

        var cell = Assert.Single(ReportData.Build(generations, scores).Cells);

        Assert.Equal(0, cell.Lower);
        Assert.True(cell.Upper > 0.3);
    }

    [Fact]
    public void Build_LowerIsBetter_WorstIsHighestRateAndGapsSignedByDirection()
    {
        var rates = new Dictionary<string, int[]> { ["en"] = [0, 0, 0, 1], ["hi"] = [1, 1, 1, 0], ["sw"] = [0, 1, 0, 0] };
        var generations = new List<LangGap.Storage.GenerationRecord>();
        var scores = new List<LangGap.Storage.ScoreRecord>();
        foreach (var (language, values) in rates)
        {
            foreach (var (i, v) in values.Index())
            {
                var g = ReportData.Generation("a", language, $"{language}-{i}");
                generations.Add(g);
                scores.Add(ReportData.Score(g, "harm", v));
            }
        }

        var gap = Assert.Single(ReportData.Build(generations, scores).Gaps);

        Assert.Equal(("hi", 0.75), (gap.WorstLanguage, gap.WorstMean));
        Assert.Equal("en", gap.BestLanguage);
        Assert.Equal(0.5, gap.MaxMinGap, 12);
        // hi is 0.5 more harmful than English: 0.5 worse, so its gap is negative.
        Assert.Equal(-0.5, gap.GapToReference["hi"], 12);
        Assert.Equal(0, gap.GapToReference["sw"], 12);
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("de", "de")]
    [InlineData("deu", "de")]
    [InlineData("none", null)]
    public void Build_ReferenceLanguageOption_GapsAgainstIt(string? option, string? expected)
    {
        var (generations, scores) = ReportData.TwoModels();

        var report = ReportData.Build(generations, scores, new ReportOptions { ReferenceLanguage = option });

        Assert.Equal(expected, report.Transparency.ReferenceLanguage);
        Assert.All(report.Gaps, g => Assert.Equal(expected, g.ReferenceLanguage));
        var gap = report.Gaps.Single(g => g.Model == "a");
        if (expected is null)
        {
            Assert.Empty(gap.GapToReference);
        }
        else
        {
            Assert.Equal(0, gap.GapToReference[expected], 12);
        }
    }

    [Fact]
    public void Build_NoEnglishInRun_NoReferenceByDefault()
    {
        var (generations, scores) = ReportData.TwoModels();
        var de = generations.Where(g => g.Language == "de").ToList();

        var report = ReportData.Build(de, [.. scores.Where(s => de.Any(g => g.Key == s.GenerationKey))]);

        Assert.Null(report.Transparency.ReferenceLanguage);
        Assert.All(report.Gaps, g => Assert.Empty(g.GapToReference));
    }

    [Fact]
    public void Build_ReferenceLanguageNotInRun_ClearError()
    {
        var (generations, scores) = ReportData.TwoModels();

        var error = Assert.Throws<InvalidInputException>(() => ReportData.Build(generations, scores, new ReportOptions { ReferenceLanguage = "fr" }));

        Assert.Contains("'fr'", error.Message);
    }

    [Theory]
    [InlineData(8, "exact sign-flip")]
    [InlineData(20, "exact sign-flip")]
    [InlineData(21, "paired bootstrap")]
    public void Build_GradedScores_SignFlipUpTo20PromptsThenBootstrap(int prompts, string expected)
    {
        var generations = new List<LangGap.Storage.GenerationRecord>();
        var scores = new List<LangGap.Storage.ScoreRecord>();
        for (var i = 0; i < prompts; i++)
        {
            var a = ReportData.Generation("a", "en", $"s{i:D2}");
            var b = ReportData.Generation("b", "en", $"s{i:D2}");
            generations.AddRange([a, b]);
            scores.AddRange([ReportData.Score(a, "len", 10 + i % 3), ReportData.Score(b, "len", 9 + i % 5)]);
        }

        var test = Assert.Single(ReportData.Build(generations, scores).Comparisons);

        Assert.Equal(expected, test.Test);
        var a1 = scores.Where((_, k) => k % 2 == 0).Select(s => s.Value!.Value).ToArray();
        var b1 = scores.Where((_, k) => k % 2 == 1).Select(s => s.Value!.Value).ToArray();
        var direct = expected == "exact sign-flip" ? ExactSignFlipTest.Run(new PairedScores(a1, b1)).PValue : PairedBootstrapTest.Run(new PairedScores(a1, b1), 1000, 12345).PValue;
        Assert.Equal(direct, test.PValue, 12);
    }

    [Fact]
    public void Build_BinaryWithTwoGenerationsPerPrompt_SignFlipOverPromptsAndTInterval()
    {
        var generations = new List<LangGap.Storage.GenerationRecord>();
        var scores = new List<LangGap.Storage.ScoreRecord>();
        for (var i = 0; i < 5; i++)
        {
            for (var k = 0; k < 2; k++)
            {
                var a = ReportData.Generation("a", "en", $"s{i}", index: k);
                var b = ReportData.Generation("b", "en", $"s{i}", index: k);
                generations.AddRange([a, b]);
                scores.AddRange([ReportData.Score(a, "acc", 1), ReportData.Score(b, "acc", (i + k) % 2)]);
            }
        }

        var report = ReportData.Build(generations, scores);

        Assert.Equal("exact sign-flip", Assert.Single(report.Comparisons).Test);
        Assert.Equal(5, report.Comparisons[0].Clusters);
        Assert.All(report.Cells, c => Assert.Equal("t", c.Interval));
    }

    [Fact]
    public void Build_ScoresWithoutScorerRow_LeftOutAndCounted()
    {
        var (generations, scores) = ReportData.TwoModels();
        var legacy = new LangGap.Storage.ScoreRecord(generations[0].Key, "acc", 1, null, null, DateTimeOffset.UnixEpoch);

        var report = ReportData.Build(generations, [.. scores, legacy]);

        Assert.Equal(1, report.Transparency.UnknownScores);
        Assert.DoesNotContain(report.Cells, c => c.ScorerKey == "acc");
    }

    [Fact]
    public void Build_Descriptor_DrivesPrecisionInText()
    {
        var generations = new[] { ReportData.Generation("a", "en", "s0", task: "tr"), ReportData.Generation("a", "en", "s1", task: "tr") };
        var scores = new[] { ReportData.Score(generations[0], "chrf", 41.23456), ReportData.Score(generations[1], "chrf", 12.5) };
        var writer = new StringWriter();

        TextReportRenderer.Render(ReportData.Build(generations, scores), writer);

        var text = writer.ToString();
        Assert.Contains("tr / chrf (graded 0–100 chrF, higher is better; 95% CI: t over prompts)", text);
        Assert.Contains(" 26.9 ", text);
    }
}
