using LangGap.Survey;
using LangGap.Survey.Annotation;
using LangGap.Survey.Ingest;

namespace LangGap.Tests.Survey;

/// <summary>The survey on the project's shared ACL Anthology archive (../shared/data), read as a .tar.xz stream; skipped when the archive is absent.</summary>
public sealed class SharedAnthologyTests
{
    private const string Relative = "../shared/data/acl-anthology-2020-2024.tar.xz";

    private static string Archive => Path.GetFullPath(Path.Combine(ReferenceData.RepositoryRoot, Relative));

    [SharedAnthologyFact]
    public async Task Run_SharedArchive_ReadsEveryVolumeAndSelectsSafetyPapers()
    {
        // Act
        var corpus = await PaperCorpusReader.ReadAsync([Archive]);
        var report = SurveyAnalysis.Run(corpus, new SurveyOptions { FirstYear = 2020, LastYear = 2024 });

        // Assert: all 745 volume files; Findings only for 2020–2022, as the data README says.
        Assert.Equal(745, corpus.Files);
        Assert.True(corpus.Papers.Count > 35_000, $"only {corpus.Papers.Count} papers");
        Assert.Equal([2020, 2021, 2022], corpus.Papers.Where(p => p.VenueType == VenueType.Findings).Select(p => p.Year).Distinct().Order());
        Assert.True(report.Total.Selected > 250, $"only {report.Total.Selected} papers selected");
        Assert.Equal(report.Total.Selected, report.Total.Groups.Sum());
        Assert.True(report.Total.Groups[(int)LanguageGroup.EnglishOnly] > report.Total.Groups[(int)LanguageGroup.Multilingual]);
    }

    private sealed class SharedAnthologyFactAttribute : FactAttribute
    {
        public SharedAnthologyFactAttribute()
        {
            if (!File.Exists(Archive))
            {
                Skip = $"{Relative} is absent (the shared data folder next to the repository).";
            }
        }
    }
}
