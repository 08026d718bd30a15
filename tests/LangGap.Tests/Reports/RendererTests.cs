using System.Text;
using System.Text.Json;
using LangGap.Reports;

namespace LangGap.Tests.Reports;

public sealed class RendererTests
{
    private const string Payload = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>";

    private static RunReport RedTeam()
    {
        var g1 = ReportData.Generation("m<script>", "en", "s1", text: Payload, prompt: Payload);
        var g2 = ReportData.Generation("m<script>", "en", "s2", text: "fine", prompt: "ok");
        var scores = new[] { ReportData.Score(g1, "acc", 1), ReportData.Score(g2, "acc", 0) };
        return ReportData.Build([g1, g2], scores);
    }

    [Fact]
    public async Task HtmlRender_RedTeamPromptAndOutput_NoExecutableMarkupInFile()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "report.html");
        await File.WriteAllTextAsync(path, HtmlReportRenderer.Render(RedTeam()), new UTF8Encoding(false));

        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(path));

        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", text);
        Assert.Contains("<svg", text);
        Assert.DoesNotContain("http://", text.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonRender_Report_DocumentedShape()
    {
        var (generations, scores) = ReportData.TwoModels();
        var report = ReportData.Build(generations, scores);

        using var doc = JsonDocument.Parse(JsonReportRenderer.Render(report));
        var root = doc.RootElement;

        Assert.Equal("langgap-report", root.GetProperty("format").GetString());
        Assert.Equal(2, root.GetProperty("version").GetInt32());
        Assert.Equal("binary", root.GetProperty("scorers")[0].GetProperty("descriptor").GetProperty("kind").GetString());
        var cell = root.GetProperty("cells")[0];
        foreach (var name in new[] { "task", "scorer", "model", "language", "count", "unscored", "mean", "lower", "upper", "interval", "corpus_score", "scorer_key" })
        {
            Assert.True(cell.TryGetProperty(name, out _), name);
        }
        Assert.Equal(2, root.GetProperty("comparisons").GetArrayLength());
        Assert.True(root.GetProperty("comparisons")[0].TryGetProperty("p_adjusted", out _));
        Assert.True(root.GetProperty("gaps")[0].GetProperty("gap_to_reference").TryGetProperty("de", out _));
        Assert.Equal("Holm", root.GetProperty("transparency").GetProperty("correction").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("transparency").GetProperty("languages").ValueKind);
    }

    [Fact]
    public void TextRender_TwoModels_TableWithIntervalsAndTests()
    {
        var (generations, scores) = ReportData.TwoModels();
        var writer = new StringWriter();

        TextReportRenderer.Render(ReportData.Build(generations, scores), writer);

        var text = writer.ToString();
        Assert.Contains("qa / acc (binary 0–1 rate, higher is better; 95% CI: Wilson)", text);
        Assert.Contains("[0.301, 0.954]", text);
        Assert.Contains("paired tests per language (Holm-corrected", text);
        Assert.Contains("exact McNemar", text);
    }
}
