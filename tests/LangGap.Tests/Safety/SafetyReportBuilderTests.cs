using LangGap.Safety;
using LangGap.Safety.Agreement;
using LangGap.Safety.Reporting;
using LangGap.Safety.Scoring;
using LangGap.Statistics;
using LangGap.Storage;

namespace LangGap.Tests.Safety;

public sealed class SafetyReportBuilderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Items 1-10 in en and fr for models a and b. a: harmful en {1,2}, fr {1..6}; b: harmful fr {1} only.
    // a refuses every en prompt it does not comply with; item 11 of fr for a is unscored by the judge.
    private static (List<GenerationRecord>, List<ScoreRecord>) Run()
    {
        var generations = new List<GenerationRecord>();
        var scores = new List<ScoreRecord>();
        var order = 0;
        void Add(string model, string language, int item, double? harm, double? refusal)
        {
            var key = $"{model}-{language}-{item}";
            var prompt = $$"""[{"role":"user","content":"prompt {{language}} {{item}}"}]""";
            generations.Add(new GenerationRecord(key, "run", "redteam", $"rt-{language}-{item:000}", language, 0, model, 0, prompt, $"response {key}", null, null, 1, 1,
                GenerationStatus.Ok, null, "stop", T0.AddSeconds(order++)));
            var details = SafetyScoreDetails.For(new SafetyContext([item % 2 == 0 ? HarmCategories.Profanity : HarmCategories.Bullying], item <= 7 ? "global" : "local", $"{item:000}")).ToJson();
            scores.Add(new ScoreRecord(key, HarmJudgeScorer.ScorerName, harm, harm is null ? "judge gave no verdict" : null, details, T0));
            if (refusal is { } r) scores.Add(new ScoreRecord(key, RefusalScorer.ScorerName, r, null, details, T0));
        }
        foreach (var model in new[] { "a", "b" })
        {
            for (var item = 1; item <= 10; item++)
            {
                Add(model, "en", item, model == "a" && item <= 2 ? 1 : 0, model == "a" ? (item <= 2 ? 0 : 1) : null);
                Add(model, "fr", item, (model == "a" && item <= 6) || (model == "b" && item == 1) ? 1 : 0, model == "a" ? 0 : null);
            }
        }
        Add("a", "fr", 11, null, null);
        generations.Add(new GenerationRecord("g1", "run", "general", "op-1", "en", 0, "a", 0, "[]", "x", null, null, 1, 1, GenerationStatus.Ok, null, "stop", T0.AddSeconds(order++)));
        generations.Add(new GenerationRecord("g2", "run", "general", "op-2", "en", 0, "a", 0, "[]", "y", null, null, 1, 1, GenerationStatus.Ok, null, "stop", T0.AddSeconds(order++)));
        scores.Add(new ScoreRecord("g1", "chrf", 40, null, null, T0));
        scores.Add(new ScoreRecord("g2", "chrf", 60, null, null, T0));
        return (generations, scores);
    }

    [Fact]
    public void Build_Cells_CountScoredAndUnscoredApartWithWilson()
    {
        var (generations, scores) = Run();

        var report = SafetyReportBuilder.Build(generations, scores, new SafetyReportOptions())!;

        var cell = report.Cells.Single(c => c is { Model: "a", Scorer: "harm-judge", Language: "fr", Category: "all", Scope: "all" });
        Assert.Equal((6, 10, 1), (cell.Count, cell.N, cell.Unscored));
        var wilson = ProportionInterval.Wilson(6, 10);
        Assert.Equal(wilson.Lower, cell.Lower!.Value, 12);
        Assert.Equal(wilson.Upper, cell.Upper!.Value, 12);
        var local = report.Cells.Single(c => c is { Model: "a", Scorer: "harm-judge", Language: "fr", Category: "all", Scope: "local" });
        Assert.Equal((0, 3), (local.Count, local.N));
        var profanity = report.Cells.Single(c => c is { Model: "a", Scorer: "harm-judge", Language: "fr", Category: HarmCategories.Profanity, Scope: "all" });
        Assert.Equal((3, 5), (profanity.Count, profanity.N));
    }

    [Fact]
    public void Build_Worst_FollowsEachScorersDirection()
    {
        var (generations, scores) = Run();

        var report = SafetyReportBuilder.Build(generations, scores, new SafetyReportOptions())!;

        Assert.Equal(["fr"], report.Worst.Single(w => w is { Model: "a", Scorer: "harm-judge" }).Languages); // 0.6 harmful beats 0.2: worst is the highest
        Assert.Equal(["fr"], report.Worst.Single(w => w is { Model: "a", Scorer: "refusal" }).Languages); // 0.0 refusal: worst is the lowest
        Assert.Equal("lower is better", report.Scorers["harm-judge"]);
        Assert.Equal("higher is better", report.Scorers["refusal"]);
    }

    [Fact]
    public void Build_WorstTied_NamesEveryTiedLanguage()
    {
        // b's one harmful French answer removed: 0/10 in English and 0/9 in French, so no single language is worst.
        var (generations, scores) = Run();

        var report = SafetyReportBuilder.Build(generations, [.. scores.Where(s => !(s.GenerationKey == "b-fr-1" && s.Scorer == "harm-judge"))], new SafetyReportOptions())!;

        var worst = report.Worst.Single(w => w is { Model: "b", Scorer: "harm-judge" });
        Assert.Equal(["en", "fr"], worst.Languages);
        Assert.Equal(19, worst.N);
    }

    [Fact]
    public void Build_GapToEnglish_PairsByItemWithExactMcNemar()
    {
        var (generations, scores) = Run();

        var report = SafetyReportBuilder.Build(generations, scores, new SafetyReportOptions())!;

        var gap = report.Gaps.Single(g => g is { Model: "a", Scorer: "harm-judge", Language: "fr" });
        Assert.Equal(("mcnemar", 10, "4|0"), (gap.Test, gap.Pairs, gap.Discordant));
        Assert.Equal(0.4, gap.Gap, 12);
        Assert.True(gap.Worse);
        Assert.Equal(0.125, gap.PValue, 12); // 2 · P(X ≤ 0 | n = 4, ½)
    }

    [Fact]
    public void Build_ModelComparison_ExactMcNemarPerLanguageWithHolm()
    {
        var (generations, scores) = Run();

        var report = SafetyReportBuilder.Build(generations, scores, new SafetyReportOptions { Correction = PValueCorrection.Holm })!;

        var harm = report.Comparisons.Where(c => c.Scorer == "harm-judge").ToDictionary(c => c.Language);
        Assert.Equal((5, 0), (harm["fr"].OnlyA, harm["fr"].OnlyB));
        Assert.Equal(0.0625, harm["fr"].PValue, 12);
        Assert.Equal(0.5, harm["en"].PValue, 12);
        Assert.Equal(0.125, harm["fr"].Adjusted, 12);
        Assert.Equal(0.5, harm["en"].Adjusted, 12);
        Assert.Equal("b", harm["fr"].BetterModel);
    }

    [Fact]
    public void Build_TradeOff_UsesTheJudgeAndAQualityTaskFromTheSameRun()
    {
        var (generations, scores) = Run();

        var report = SafetyReportBuilder.Build(generations, scores, new SafetyReportOptions())!;

        var a = report.TradeOff.Single(t => t.Model == "a");
        Assert.Equal(("harm-judge", "general", "chrf"), (a.HarmScorer, a.QualityTask, a.QualityScorer));
        Assert.Equal(8 / 20.0, a.HarmRate!.Value, 12);
        Assert.Equal(50, a.Quality!.Value, 12);
        Assert.InRange(a.QualityLower!.Value, 40, 50);
        Assert.Empty(report.Notes);
    }

    [Fact]
    public void Build_WithoutJudge_SaysHarmNeedsJudge()
    {
        var (generations, scores) = Run();

        var report = SafetyReportBuilder.Build(generations, [.. scores.Where(s => s.Scorer != "harm-judge")], new SafetyReportOptions())!;

        Assert.Contains(report.Notes, n => n.StartsWith("harm needs --judge", StringComparison.Ordinal));
        Assert.Equal("profanity", report.TradeOff[0].HarmScorer);
    }

    [Fact]
    public void Build_Labels_AgreementAndRoganGladenPerLanguage()
    {
        // Humans: a's French responses 1-5 harmful, 6-10 not; the judge said 1-6. One label saw another text (stale), one names nothing.
        var (generations, scores) = Run();
        var labels = Enumerable.Range(1, 10).Select(i => new HumanLabel("labels.jsonl", i, null, $"rt-fr-{i:000}", "a", 0, i <= 5, null))
            .Append(new HumanLabel("labels.jsonl", 11, "a-en-1", null, null, 0, true, "a different response"))
            .Append(new HumanLabel("labels.jsonl", 12, null, "rt-xx-001", null, 0, true, null)).ToList();

        var report = SafetyReportBuilder.Build(generations, scores, new SafetyReportOptions { Labels = labels, Resamples = 500, Seed = 7 })!;

        var fr = report.Agreement.Single(a => a.Language == "fr");
        Assert.Equal((10, 5, 1, 4, 0), (fr.N, fr.TruePositive, fr.FalsePositive, fr.TrueNegative, fr.FalseNegative));
        Assert.Equal(0.8, fr.Kappa!.Value, 12);
        Assert.Equal(1.0, fr.Sensitivity!.Value, 12);
        Assert.Equal(0.8, fr.Specificity!.Value, 12);
        Assert.Equal(ProportionInterval.Wilson(4, 5).Lower, fr.SpecificityLower!.Value, 12);
        Assert.NotNull(fr.Alpha);
        var a = report.Corrected.Single(c => c is { Model: "a", Language: "fr" });
        Assert.Equal(0.5, a.Corrected!.Value, 12); // (0.6 + 0.8 − 1) / (1 + 0.8 − 1)
        Assert.True(a.Lower <= 0.5 && a.Upper >= 0.5);
        Assert.Equal(0.0, report.Corrected.Single(c => c is { Model: "b", Language: "fr" }).Corrected); // (0.1 − 0.2) / 0.8 clipped to 0
        Assert.Contains(report.Notes, n => n.Contains("stale", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.StartsWith("1 label(s) name no judged generation", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SameInputsAndSeed_SameReport()
    {
        var (generations, scores) = Run();
        var options = new SafetyReportOptions { Seed = 3 };

        var first = SafetyJsonRenderer.Render(SafetyReportBuilder.Build(generations, scores, options)!);
        var second = SafetyJsonRenderer.Render(SafetyReportBuilder.Build(generations, scores, options)!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Build_NoSafetyScores_GivesNull() =>
        Assert.Null(SafetyReportBuilder.Build(Run().Item1, [new ScoreRecord("g1", "chrf", 1, null, null, T0)], new SafetyReportOptions()));

    [Fact]
    public void Build_ModelOrderOfTheRun_NamesTheBaseline()
    {
        var (generations, scores) = Run();

        var report = SafetyReportBuilder.Build(generations, scores, new SafetyReportOptions(), ["b", "a"])!;

        Assert.Equal(["b", "a"], report.Models);
        Assert.All(report.Comparisons, c => Assert.Equal("b", c.ModelA));
    }
}
