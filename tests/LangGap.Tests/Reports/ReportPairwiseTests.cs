using LangGap.Reports;
using LangGap.Statistics.Preference;
using LangGap.Storage;

namespace LangGap.Tests.Reports;

public sealed class ReportPairwiseTests
{
    // Baseline "a<script>" against b: in en A wins 2 prompts (one with two samples), B wins 1, one tie, one unscored.
    private static (List<GenerationRecord>, List<PairwiseVerdictRecord>) Rows()
    {
        var generations = new List<GenerationRecord>();
        var verdicts = new List<PairwiseVerdictRecord>();
        void Add(string sample, int index, Verdict? verdict)
        {
            var a = ReportData.Generation("a<script>", "en", sample, index: index);
            var b = ReportData.Generation("b", "en", sample, index: index);
            generations.Add(a);
            generations.Add(b);
            verdicts.Add(new PairwiseVerdictRecord(a.Key, b.Key, "j", "random", verdict, false, verdict is null ? "no verdict" : null, "r", DateTimeOffset.UnixEpoch));
        }
        Add("p1", 0, Verdict.A);
        Add("p1", 1, Verdict.A);
        Add("p2", 0, Verdict.A);
        Add("p3", 0, Verdict.B);
        Add("p4", 0, Verdict.Tie);
        Add("p5", 0, null);
        return (generations, verdicts);
    }

    [Fact]
    public void Build_PairwiseVerdicts_WinRatesTiesApartClusteredByPromptAndNoCells()
    {
        var (generations, verdicts) = Rows();

        var report = ReportData.Build(generations, [], pairwise: verdicts);

        var p = Assert.Single(report.Pairwise);
        Assert.Equal(("en", "a<script>", "b", "j"), (p.Language, p.ModelA, p.ModelB, p.Judge));
        Assert.Equal(5, p.Judgements);
        Assert.Equal(4, p.Prompts);
        Assert.Equal(1, p.Unscored);
        Assert.Equal(60, p.WinRateA!.Value, 9);
        Assert.Equal(20, p.WinRateB!.Value, 9);
        Assert.Equal(20, p.TieRate!.Value, 9);
        Assert.Equal(40, p.Delta!.Value, 9);
        Assert.True(p.Lower <= 40 && 40 <= p.Upper);
        Assert.InRange(p.PValue!.Value, 0, 1);
        Assert.Empty(report.Cells);
        Assert.Contains("j", report.Transparency.Judges);
    }

    [Fact]
    public void HtmlRender_PairwiseModelNames_Escaped()
    {
        var (generations, verdicts) = Rows();
        var report = ReportData.Build(generations, [], pairwise: verdicts);

        var html = HtmlReportRenderer.Render(report);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<td>a&lt;script&gt;</td><td>b</td><td>60.0%</td><td>20.0%</td><td>20.0%</td><td>+40.0</td>", html);
    }
}
