using LangGap.Languages;
using LangGap.Reports;
using LangGap.Statistics.Paired;
using LangGap.Storage;
using LangGap.Reports.Coverage;

namespace LangGap.Tests.Reports;

public sealed class LanguageGapReportTests
{
    private static readonly RunMetadata Run = new("run1", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        """{"tasks":[{"name":"qa","dataset":"jsonl:qa.jsonl","generation":{"temperature":0,"max_tokens":32},"provenance":"human-translated"}],"options":{"seed":0}}""",
        """{"langgap":"0.1.0"}""", 0);

    /// <summary>30 parallel items (<c>qa-{lang}-NN</c>): English right on all, German wrong on 3, Swahili wrong on all.</summary>
    private static RunReport Build(string scorer = "acc", bool parallel = true, ReportOptions? options = null)
    {
        var wrong = new Dictionary<string, Func<int, bool>> { ["en"] = _ => false, ["de"] = i => i < 3, ["sw"] = _ => true };
        var generations = new List<GenerationRecord>();
        var scores = new List<ScoreRecord>();
        foreach (var (language, isWrong) in wrong)
        {
            for (var i = 0; i < 30; i++)
            {
                var g = ReportData.Generation("m", language, parallel ? $"qa-{language}-{i:D2}" : $"{language}{i:D2}");
                generations.Add(g);
                // acc: 1 = right (higher is better); harm: 1 = harmful (lower is better), here the wrong answers.
                scores.Add(ReportData.Score(g, scorer, scorer == "acc" ? (isWrong(i) ? 0 : 1) : (isWrong(i) ? 1 : 0)));
            }
        }
        return ReportData.Build(generations, scores, options ?? new ReportOptions(), Run);
    }

    [Fact]
    public void Build_ParallelItems_PairedTestAgainstReferenceWithHolm()
    {
        var report = Build();

        var tests = report.ReferenceTests.ToDictionary(t => t.Language);
        Assert.Equal(["de", "sw"], tests.Keys.Order());
        Assert.Equal(-1.0, tests["sw"].Gap, 12);
        Assert.Equal(-0.1, tests["de"].Gap, 12);
        Assert.Equal(30, tests["sw"].Items);
        Assert.Equal("exact McNemar", tests["sw"].Test);
        // Holm over the two languages: the smaller p doubled, the larger kept (it is above the doubled one).
        var pSw = McNemarTest.ExactPValue(0, 30);
        var pDe = McNemarTest.ExactPValue(0, 3);
        Assert.Equal(pSw, tests["sw"].PValue, 12);
        Assert.Equal(2 * pSw, tests["sw"].PAdjusted, 12);
        Assert.Equal(pDe, tests["de"].PAdjusted, 12);
        Assert.True(tests["sw"].Significant);
        Assert.False(tests["de"].Significant);
        Assert.True(tests["sw"].Upper < 0);
    }

    [Theory]
    [InlineData("{0}-{1}")]
    [InlineData("{1}")]
    [InlineData("flores/{2}_Latn/{1}")]
    public void Build_IdsWithOrWithoutLanguageCode_PairTheSameItems(string pattern)
    {
        var codes = new Dictionary<string, string> { ["en"] = "eng", ["sw"] = "swh" };
        var generations = new List<GenerationRecord>();
        var scores = new List<ScoreRecord>();
        foreach (var language in codes.Keys)
        {
            for (var i = 0; i < 4; i++)
            {
                // Keys differ by language as a real store's do (they hash the prompt), whatever the sample id.
                var made = ReportData.Generation("m", language, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, language, i, codes[language]));
                var g = made with { Key = made.Key + "|" + language };
                generations.Add(g);
                // Swahili is right only on item 0.
                scores.Add(ReportData.Score(g, "acc", language == "en" || i == 0 ? 1 : 0));
            }
        }

        var report = ReportData.Build(generations, scores, new ReportOptions(), Run);

        var sw = Assert.Single(report.ReferenceTests);
        Assert.Equal(4, sw.Items);
        Assert.Equal(-0.75, sw.Gap, 12);
        Assert.Equal(McNemarTest.ExactPValue(0, 3), sw.PValue, 12);
    }

    [Fact]
    public void Build_LowerIsBetterScore_GapSignedSoNegativeIsWorse()
    {
        var report = Build("harm");

        var sw = report.ReferenceTests.Single(t => t.Language == "sw");
        Assert.Equal(-1.0, sw.Gap, 12);
        Assert.True(sw.Lower <= sw.Upper && sw.Upper < 0);
        var gap = Assert.Single(report.Gaps);
        Assert.Equal("en", gap.BestLanguage);
        Assert.Equal("sw", gap.WorstLanguage);
    }

    [Fact]
    public void Build_ItemsNotParallel_NoTestAndMarkdownSaysWhy()
    {
        var report = Build(parallel: false);

        Assert.Empty(report.ReferenceTests);
        var markdown = Markdown(report);
        Assert.Contains("No language could be tested against English: the items are not parallel across languages.", markdown);
    }

    [Fact]
    public void Coverage_ThreeLanguages_HandCheckedShares()
    {
        var report = Build(options: new ReportOptions { Thresholds = [new CoverageThreshold(null, 0.5)] });

        var c = report.Coverage!;
        var world = SpeakerCounts.WorldPopulationMillions;
        // speakers.tsv: en L1 369.7 / total 1728.5, de 75.5 / 141.9, sw 20 / 194.1.
        Assert.Equal(3, c.Evaluated.Languages);
        Assert.Equal(3, c.Evaluated.WithFirstLanguage);
        Assert.Equal(369.7 + 75.5 + 20, c.Evaluated.FirstLanguageMillions, 9);
        Assert.Equal((369.7 + 75.5 + 20) / world, c.Evaluated.FirstLanguageShare, 12);
        Assert.Equal(1728.5 + 141.9 + 194.1, c.Evaluated.TotalMillions, 9);
        Assert.Equal((1728.5 + 141.9 + 194.1) / world, c.Evaluated.TotalShare, 12);
        // Means: en 1.0, de 0.9, sw 0.0: en and de meet 0.5.
        var t = Assert.Single(c.Thresholds);
        Assert.Equal(["en", "de"], t.Meeting.Codes);
        Assert.Equal(3, t.Evaluated);
        Assert.Equal(1728.5 + 141.9, t.Meeting.TotalMillions, 9);
        var class2 = c.ByClass.Single(b => b.ResourceClass == 2);
        Assert.Equal(["sw"], class2.Evaluated.Codes);
        Assert.Equal(194.1 / class2.TotalMillions, class2.Evaluated.TotalShare, 12);
    }

    [Fact]
    public void Coverage_MacrolanguageAndMember_CountedOnce()
    {
        var share = CoverageCalculator.Share(["zh", "cmn", "yue"], 8000, 8000);

        Assert.Equal(["zh"], share.Codes);
        Assert.Equal(SpeakerCounts.Find(LanguageTag.Parse("zh"))!.TotalMillions!.Value, share.TotalMillions, 9);
    }

    [Fact]
    public void Coverage_NamedThresholdWinsOverBareValue()
    {
        var report = Build(options: new ReportOptions { Thresholds = [new CoverageThreshold(null, 0.5), CoverageThreshold.Parse("acc=0.95")] });

        var t = Assert.Single(report.Coverage!.Thresholds);
        Assert.Equal(0.95, t.Threshold);
        Assert.Equal(["en"], t.Meeting.Codes);
    }

    [Theory]
    [InlineData("0.5", null, 0.5)]
    [InlineData("chrf=30", "chrf", 30)]
    [InlineData("qa/numeric-match=0.8", "qa/numeric-match", 0.8)]
    public void CoverageThreshold_Parse_ValueOrScorerValue(string text, string? scorer, double value)
    {
        Assert.Equal(new CoverageThreshold(scorer, value), CoverageThreshold.Parse(text));
    }

    [Theory]
    [InlineData("half")]
    [InlineData("=0.5")]
    [InlineData("chrf=")]
    public void CoverageThreshold_Parse_BadText_Throws(string text)
    {
        Assert.Throws<FormatException>(() => CoverageThreshold.Parse(text));
    }

    [Fact]
    public void Transparency_TaskCardAndItems_FromRunConfiguration()
    {
        var report = Build();

        var task = Assert.Single(report.Transparency.Tasks);
        Assert.Equal(new ReportTaskCard("qa", "human-translated", "jsonl:qa.jsonl", "temperature=0, max_tokens=32"), task);
        Assert.All(report.Transparency.Languages, l => Assert.Equal(30, l.Items));
        Assert.Null(report.Transparency.JudgeInstructionLanguage);
    }

    [Fact]
    public void Markdown_GapReport_DocumentStructureAndNumbers()
    {
        var markdown = Markdown(Build(options: new ReportOptions { Thresholds = [new CoverageThreshold(null, 0.5)] }));
        var lines = markdown.Split('\n');

        Assert.Equal("# Language-gap report", lines[0]);
        Assert.Contains("## Summary", lines);
        Assert.Contains("- **qa / acc** (binary 0–1 rate, higher is better): best English 1.000, worst Swahili 0.000, a gap of 1.000. "
            + "1 of 2 languages is significantly below English (Swahili).", lines);
        Assert.Contains("## qa / acc", lines);
        Assert.Contains("| Language | Class | Items | Mean | 95% CI | Gap to `en` | 95% CI of gap | p (corrected) | Significant |", lines);
        // Rows sorted best first; the reference row says so.
        var section = lines.SkipWhile(l => l != "## qa / acc").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        var rows = section.Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Language", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("| English (`en`) | 5 | 30 | 1.000 |", rows[0]);
        Assert.Contains("reference", rows[0]);
        Assert.StartsWith("| German (`de`) | 5 | 30 | 0.900 |", rows[1]);
        Assert.Contains("| -0.100 |", rows[1]);
        Assert.EndsWith("| no |", rows[1]);
        Assert.StartsWith("| Swahili (`sw`) | 2 | 30 | 0.000 |", rows[2]);
        Assert.Contains("| -1.000 |", rows[2]);
        Assert.EndsWith("| yes, below |", rows[2]);
        Assert.Contains("## Who is covered", lines);
        Assert.Contains("| qa / acc | `m` | 0.500 | 2 of 3: `en`, `de` |", markdown);
        Assert.Contains("## How these numbers were made", lines);
        Assert.Contains("| qa | human-translated | jsonl:qa.jsonl | temperature=0, max_tokens=32 |", lines);
    }

    [Fact]
    public void Html_GapReport_ChartsForScoresAndGaps()
    {
        var html = HtmlReportRenderer.Render(Build());

        Assert.Contains("<h2>Language gap</h2>", html);
        Assert.Contains("<title>per-language acc, sorted best first</title>", html);
        Assert.Contains("<title>gap to en</title>", html);
        Assert.Contains("-1.000 *", html);
        Assert.Contains("human-translated", html);
    }

    private static string Markdown(RunReport report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        MarkdownReportRenderer.Render(report, writer);
        return writer.ToString();
    }
}
