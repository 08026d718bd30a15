using LangGap.Survey;
using LangGap.Survey.Ingest;

namespace LangGap.Tests.Survey;

public sealed class SurveyRenderersTests
{
    private static SurveyReport Report()
    {
        var corpus = new PaperCorpus(
        [
            SurveyTestData.Paper("<script>alert(1)</script> \"safe\", really", "We study LLM safety in English, with onerror=x.", 2023, "a"),
            SurveyTestData.Paper("Multilingual jailbreaks", "Safety of chat models across 10 languages.", 2024, "b"),
            SurveyTestData.Paper("No abstract", null, 2024, "c"),
        ], 1, ["test.jsonl"]);
        return SurveyAnalysis.Run(corpus, new SurveyOptions());
    }

    [Fact]
    public void Html_PaperText_IsEscapedAndChartsAreInline()
    {
        // Act
        var html = SurveyHtmlRenderer.Render(Report());

        // Assert
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror=", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<svg ").Length - 1);
    }

    [Fact]
    public void PapersCsv_QuotesCellsAndKeepsTheIssueColumns()
    {
        // Act
        var lines = PapersCsvWriter.Render(Report().Selected).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Assert
        Assert.Equal("id,year,venue_type,title,group,languages,language_named,subtopic,evidence", lines[0]);
        Assert.StartsWith("a,2023,main,\"<script>alert(1)</script> \"\"safe\"\", really\",english-only,en,true,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("b,2024,main,Multilingual jailbreaks,multilingual,,false,jailbreaking,", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Text_CountsPapersWithoutAbstractAndTheNotNamedShare()
    {
        // Act
        var report = Report();
        var text = SurveyTextRenderer.Render(report);

        // Assert
        Assert.Equal(1, report.WithoutAbstract);
        Assert.Contains("1 of them without an abstract", text, StringComparison.Ordinal);
        Assert.Contains("English-only papers that never name English: 0 of 1", text, StringComparison.Ordinal);
    }
}
