using LangGap.Survey;
using LangGap.Survey.Agreement;
using LangGap.Survey.Annotation;

namespace LangGap.Tests.Survey;

public sealed class AgreementAnalysisTests
{
    // Four made-up papers: automatic annotation vs a made-up human label for each.
    private static readonly SelectedPaper[] Auto =
    [
        Selected("p1", 2023, LanguageGroup.EnglishOnly, ["en"], false, Subtopic.Jailbreaking),
        Selected("p2", 2023, LanguageGroup.EnglishOnly, ["en"], false, Subtopic.ToxicityBias),
        Selected("p3", 2024, LanguageGroup.Multilingual, ["de", "fr"], true, Subtopic.ToxicityBias),
        Selected("p4", 2024, LanguageGroup.NonEnglish, ["ko"], true, Subtopic.Alignment),
    ];

    private static readonly HumanLabel[] Human =
    [
        new("p1", LanguageGroup.EnglishOnly, ["en"], false, Subtopic.Jailbreaking, "labels.csv:2"),
        new("p2", LanguageGroup.Multilingual, ["de", "en"], true, Subtopic.ToxicityBias, "labels.csv:3"),
        new("p3", LanguageGroup.Multilingual, ["de", "es", "fr"], true, Subtopic.Alignment, "labels.csv:4"),
        new("p4", LanguageGroup.NonEnglish, ["ko"], true, Subtopic.Alignment, "labels.csv:5"),
        new("p9", LanguageGroup.EnglishOnly, null, null, null, "labels.csv:6"),
    ];

    [Fact]
    public void Compute_MadeUpLabels_GivesHandComputedStatistics()
    {
        // Act
        var report = AgreementAnalysis.Compute(Auto, Human, seed: 0, resamples: 500);
        var all = report.Rows.Single(r => r.Scope == "all");

        // Assert: κ = (3/4 − 5/16) / (1 − 5/16) for both group and subtopic.
        Assert.Equal(["2023", "2024", "all"], report.Rows.Select(r => r.Scope));
        Assert.Equal(4, all.Papers);
        Assert.Equal(1, report.Unmatched);
        Assert.Equal(7.0 / 11, all.GroupKappa.Value, 12);
        Assert.Equal(7.0 / 11, all.SubtopicKappa.Value, 12);
        Assert.Equal((1 + 0.5 + 2.0 / 3 + 1) / 4, all.LanguageJaccard.Value, 12);
        Assert.Equal((0.5, 2), (all.NotNamedPrecision.Value, all.NotNamedPrecision.Count));
        Assert.Equal((1.0, 1), (all.NotNamedRecall.Value, all.NotNamedRecall.Count));
        Assert.InRange(all.LanguageJaccard.Value, all.LanguageJaccard.Lower, all.LanguageJaccard.Upper);
        Assert.True(all.LanguageJaccard.Lower < all.LanguageJaccard.Upper);
        Assert.Equal([1, 0, 0, 0], report.GroupConfusion[(int)LanguageGroup.EnglishOnly]);
        Assert.Equal([1, 0, 1, 0], report.GroupConfusion[(int)LanguageGroup.Multilingual]);
        Assert.Equal([0, 1, 0, 0], report.GroupConfusion[(int)LanguageGroup.NonEnglish]);
    }

    [Fact]
    public void Compute_SameSeed_GivesTheSameIntervals()
    {
        // Act
        var first = AgreementAnalysis.Compute(Auto, Human, seed: 7, resamples: 300).Rows[^1];
        var second = AgreementAnalysis.Compute(Auto, Human, seed: 7, resamples: 300).Rows[^1];

        // Assert
        Assert.Equal(first, second);
    }

    [Fact]
    public void HumanLabelFile_ParseCsv_ReadsPapersCsvColumnsNamesAndCodes()
    {
        // Arrange
        const string csv = "id,year,title,group,languages,language_named,subtopic\n"
            + "p1,2023,\"A, quoted \"\"title\"\"\",English only,en;German,false,Toxicity and bias\n"
            + "p2,2024,T,,,,\n";

        // Act
        var labels = HumanLabelFile.ParseCsv(csv, "labels.csv");

        // Assert
        Assert.Equal(2, labels.Count);
        Assert.Equal(LanguageGroup.EnglishOnly, labels[0].Group);
        Assert.Equal(["de", "en"], labels[0].Languages!);
        Assert.False(labels[0].Named);
        Assert.Equal(Subtopic.ToxicityBias, labels[0].Subtopic);
        Assert.Equal((null, null, null, null), (labels[1].Group, labels[1].Languages, labels[1].Named, labels[1].Subtopic));
    }

    [Fact]
    public void HumanLabelFile_ParseCsv_UnknownGroupNamesFileAndLine()
    {
        // Act
        var error = Assert.Throws<InvalidInputException>(() => HumanLabelFile.ParseCsv("id,group\np1,english-only\np2,bilingual\n", "labels.csv"));

        // Assert
        Assert.Equal("labels.csv:3: group must be english-only, non-english, multilingual or none, found 'bilingual'.", error.Message);
    }

    private static SelectedPaper Selected(string id, int year, LanguageGroup group, string[] languages, bool named, Subtopic subtopic) =>
        new(SurveyTestData.Paper("T", "safe", year, id), ["safe"], new PaperAnnotation(languages, named, group, subtopic, "rules", []));
}
