using LangGap.Reports;
using LangGap.Storage;

namespace LangGap.Tests.Reports;

public sealed class ReportPairwiseTests
{
    private static string Details(string verdict, string baseline = "a<script>", string judge = "j") =>
        $$"""{"judge":"{{judge}}","baseline":"{{baseline}}","verdict":"{{verdict}}","shown":"AB","rationale":"r"}""";

    // Baseline "a<script>" against b: in en A wins 2 prompts (one with two samples), B wins 1, one tie, one unscored.
    private static (List<GenerationRecord>, List<ScoreRecord>) Rows()
    {
        var generations = new List<GenerationRecord>();
        var scores = new List<ScoreRecord>();
        void Add(string sample, int index, double? value, string verdict)
        {
            var a = ReportData.Generation("a<script>", "en", sample, index: index);
            var b = ReportData.Generation("b", "en", sample, index: index);
            generations.Add(a);
            generations.Add(b);
            scores.Add(ReportData.Score(b, $"pairwise-judge|j|{a.Key}|random", value, Details(verdict)));
        }
        Add("p1", 0, 1, "A");
        Add("p1", 1, 1, "A");
        Add("p2", 0, 1, "A");
        Add("p3", 0, 0, "B");
        Add("p4", 0, 0.5, "TIE");
        Add("p5", 0, null, "");
        return (generations, scores);
    }

    [Fact]
    public void Build_PairwiseVerdicts_WinRatesTiesApartClusteredByPromptAndNoCells()
    {
        var (generations, scores) = Rows();

        var report = ReportBuilder.Build([ReportData.Run], generations, scores, new ReportOptions());

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
        var (generations, scores) = Rows();
        var report = ReportBuilder.Build([ReportData.Run], generations, scores, new ReportOptions());

        var html = HtmlReportRenderer.Render(report);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<td>a&lt;script&gt;</td><td>b</td><td>60.0%</td><td>20.0%</td><td>20.0%</td><td>+40.0</td>", html);
    }
}
