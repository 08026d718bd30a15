using LangGap.Tests.Models;
using System.Text.Json;

namespace LangGap.Cli.Tests;

public sealed class SurveyCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("langgap-survey-cli-").FullName;

    private static string Sample
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LangGap.slnx")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir!.FullName, "assets", "survey", "anthology");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Survey_ShippedSample_WritesReportsAndPapersCsv()
    {
        // Arrange
        var output = Path.Combine(_folder, "out");

        // Act
        var result = await CliRunner.RunAsync("", "survey", "--anthology", Sample, "--years", "2020-2024", "--out", output);

        // Assert
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("english-only", result.Out, StringComparison.Ordinal);
        Assert.Contains("not named (of english-only)", result.Out, StringComparison.Ordinal);
        var csv = await File.ReadAllLinesAsync(Path.Combine(output, "papers.csv"));
        Assert.Equal("id,year,venue_type,title,group,languages,language_named,subtopic,evidence", csv[0]);
        Assert.Equal(15, csv.Length - 1);
        Assert.Contains(csv, l => l.StartsWith("2021.synthws-1.2,2021,workshop,Abusive Language Detection in Hindi Tweets,multilingual,", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        Assert.Equal(15, json.RootElement.GetProperty("papers").GetArrayLength());
        Assert.Equal(25, json.RootElement.GetProperty("papers_read").GetInt32());
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "no-abstract.csv")));
    }

    [Fact]
    public async Task Survey_MadeUpLabels_PrintsAgreementAndConfusion()
    {
        // Arrange: labels for three of the sample's selected papers and one paper that was not selected.
        var labels = Path.Combine(_folder, "labels.csv");
        await File.WriteAllTextAsync(labels, """
            id,group,languages,language_named,subtopic
            2021.synthws-1.2,non-english,hi,true,toxicity & bias
            2023.synthws-1.1,english-only,en,false,jailbreaking
            2024.synthws-1.2,english-only,en,true,toxicity & bias
            2022.synthws-1.3,english-only,en,false,not safety
            """);

        // Act
        var result = await CliRunner.RunAsync("", "survey", "--anthology", Sample, "--labels", labels, "--resamples", "200", "--format", "json", "--out", Path.Combine(_folder, "out"));

        // Assert
        Assert.Equal(0, result.ExitCode);
        var agreement = JsonDocument.Parse(result.Out).RootElement.GetProperty("agreement");
        Assert.Equal(4, agreement.GetProperty("labels").GetInt32());
        Assert.Equal(1, agreement.GetProperty("unmatched").GetInt32());
        var all = agreement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("scope").GetString() == "all");
        Assert.Equal(3, all.GetProperty("papers").GetInt32());
        Assert.Equal(1.0, all.GetProperty("subtopic_kappa").GetProperty("value").GetDouble(), 12);
        Assert.Equal(0.5, all.GetProperty("not_named_precision").GetProperty("value").GetDouble(), 12);
        Assert.Equal(1.0, all.GetProperty("not_named_recall").GetProperty("value").GetDouble(), 12);
        Assert.Equal(1, agreement.GetProperty("group_confusion").GetProperty("non-english").GetProperty("multilingual").GetInt32());
    }

    [Fact]
    public async Task Survey_ExistingSurveyFolder_RefusesToOverwrite()
    {
        // Arrange
        var output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "papers.csv"), "earlier");

        // Act
        var result = await CliRunner.RunAsync("", "survey", "--anthology", Sample, "--out", output);

        // Assert
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
        Assert.Equal("earlier", await File.ReadAllTextAsync(Path.Combine(output, "papers.csv")));
    }

    [Theory]
    [InlineData("--years", "2024-2020", "--years")]
    [InlineData("--years", "twenty", "--years")]
    [InlineData("--resamples", "0", "--resamples")]
    public async Task Survey_BadOption_ExitsTwoNamingIt(string option, string value, string named)
    {
        // Act
        var result = await CliRunner.RunAsync("", "survey", "--anthology", Sample, option, value, "--out", Path.Combine(_folder, "out"));

        // Assert
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Survey_MalformedXml_ExitsTwoWithFileAndLine()
    {
        // Arrange
        var broken = Path.Combine(_folder, "2020.broken.xml");
        await File.WriteAllTextAsync(broken, "<collection id=\"2020.broken\">\n<volume id=\"1\">\n<paper id=\"1\">\n</volume>\n</collection>\n");

        // Act
        var result = await CliRunner.RunAsync("", "survey", "--anthology", broken, "--out", Path.Combine(_folder, "out"));

        // Assert
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{broken}:4: malformed XML", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }
    [Fact]
    public async Task Survey_Judge_ChoosesSubtopicsAndReusesCachedRepliesOnRerun()
    {
        // Arrange
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("privacy"));
        var models = Path.Combine(_folder, "models.json");
        await File.WriteAllTextAsync(models, $$"""{ "models": [ { "id": "fake", "url": "{{server.BaseUrl}}", "max_retries": 0 } ] }""");
        var output = Path.Combine(_folder, "out");
        string[] args = ["survey", "--anthology", Sample, "--judge", "fake", "--models", models, "--out", output];

        // Act: a first run, then a rerun into the same folder after papers.csv is gone (as after an interrupted run).
        var first = await CliRunner.RunAsync("", args);
        var requests = server.RequestCount;
        File.Delete(Path.Combine(output, "papers.csv"));
        var second = await CliRunner.RunAsync("", args);

        // Assert
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(15, requests);
        Assert.Equal(15, server.RequestCount);
        Assert.Contains("Subtopics by judge:fake.", first.Out, StringComparison.Ordinal);
        var rows = (await File.ReadAllLinesAsync(Path.Combine(output, "papers.csv"))).Skip(1).ToList();
        Assert.All(rows, r => Assert.Contains(",privacy,", r, StringComparison.Ordinal));
    }
}
