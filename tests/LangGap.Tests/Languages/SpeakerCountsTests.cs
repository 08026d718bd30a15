using LangGap.Languages;

namespace LangGap.Tests.Languages;

public sealed class SpeakerCountsTests
{
    private const string Header = "@source\tcldr48\tCLDR\n@source\twp\tWikipedia\n@world\t8000\tcldr48\n";

    [Fact]
    public void All_EmbeddedData_AtLeast200LanguagesEachResolvingInTheRegistry()
    {
        Assert.True(SpeakerCounts.All.Count >= 200, $"only {SpeakerCounts.All.Count} languages have speaker data");
        Assert.All(SpeakerCounts.All, row =>
        {
            Assert.True(LanguageRegistry.TryGet(row.Language.ToString(), out var info), $"'{row.Language}' is not in the registry");
            Assert.Same(row, SpeakerCounts.Find(info.Tag));
        });
        Assert.Equal(SpeakerCounts.All.Count, SpeakerCounts.All.Select(r => r.Language).Distinct().Count());
    }

    [Fact]
    public void All_EmbeddedData_FirstLanguageAtMostTotalAndEveryValueSourced()
    {
        Assert.All(SpeakerCounts.All, row =>
        {
            Assert.True(row.FirstLanguageMillions is null || row.TotalMillions is null || row.FirstLanguageMillions <= row.TotalMillions, row.Language.ToString());
            Assert.Equal(row.FirstLanguageMillions is null, row.FirstLanguageSource is null);
            Assert.Equal(row.TotalMillions is null, row.TotalSource is null);
            Assert.All(new[] { row.FirstLanguageSource, row.TotalSource }.OfType<string>(), s => Assert.True(SpeakerCounts.Sources.ContainsKey(s), s));
        });
        // The 200 most spoken all have a total: the list is ordered by it.
        Assert.All(SpeakerCounts.All.Take(200), row => Assert.NotNull(row.TotalMillions));
    }

    [Fact]
    public void All_EmbeddedData_FirstLanguageFiguresForMostOfTheMostSpoken()
    {
        var withL1 = SpeakerCounts.All.Where(r => r.FirstLanguageMillions is not null).ToList();
        Assert.True(withL1.Count >= 300, $"only {withL1.Count} languages have a first-language figure");
        var top200 = SpeakerCounts.All.Take(200).Count(r => r.FirstLanguageMillions is not null);
        Assert.True(top200 >= 180, $"only {top200} of the 200 most spoken languages have a first-language figure");
        // A total raised to the first-language figure is exactly that figure, never more.
        Assert.All(SpeakerCounts.All.Where(r => r.TotalSource == "l1-floor"), r => Assert.Equal(r.FirstLanguageMillions, r.TotalMillions));
    }

    [Theory]
    [InlineData("en", 369.7, "ethnologue2019-wp", 1728.5, "cldr48")]
    [InlineData("cmn", 921.5, "ethnologue2019-wp", 1120.0, "ethnologue2019-wp")]
    [InlineData("de", 75.5, "ethnologue2019-wp", 141.9, "cldr48")]
    [InlineData("sw", 20.0, "vanesch2022", 194.1, "cldr48")]
    [InlineData("te", 81.0, "vanesch2022", 101.5, "cldr48")]
    [InlineData("ja", 128.0, "vanesch2022", 128.0, "l1-floor")]
    [InlineData("ln", 20.0, "vanesch2022", 20.0, "l1-floor")]
    [InlineData("pa", null, null, 42.95, "cldr48")]
    [InlineData("zh", null, null, 1325.5, "cldr48")]
    public void Find_KnownLanguage_HasTheSourcedFigures(string code, double? l1, string? l1Source, double total, string totalSource)
    {
        var row = SpeakerCounts.Find(LanguageTag.Parse(code));

        Assert.NotNull(row);
        Assert.Equal(l1, row.FirstLanguageMillions);
        Assert.Equal(l1Source, row.FirstLanguageSource);
        Assert.Equal(total, row.TotalMillions!.Value, 1);
        Assert.Equal(totalSource, row.TotalSource);
    }

    [Fact]
    public void Find_LanguageWithoutCldrTotal_HasFirstLanguageOnly()
    {
        var row = SpeakerCounts.Find(LanguageTag.Parse("cjy"));

        Assert.NotNull(row);
        Assert.Equal(63.0, row.FirstLanguageMillions);
        Assert.Equal("vanesch2022", row.FirstLanguageSource);
        Assert.Null(row.TotalMillions);
        Assert.Null(row.TotalSource);
    }

    [Fact]
    public void Find_TagWithScriptOrRegion_FindsTheLanguage()
    {
        Assert.Same(SpeakerCounts.Find(LanguageTag.Parse("zh")), SpeakerCounts.Find(LanguageTag.Parse("zh-Hant")));
        Assert.Same(SpeakerCounts.Find(LanguageTag.Parse("pt")), SpeakerCounts.Find(LanguageTag.Parse("pt-BR")));
    }

    [Fact]
    public void WorldPopulation_Embedded_IsCldrSumOfTerritories()
    {
        Assert.InRange(SpeakerCounts.WorldPopulationMillions, 7500, 8500);
        Assert.Equal("cldr48", SpeakerCounts.WorldPopulationSource);
    }

    [Theory]
    [InlineData("de\tGerman\t75.5\twp\t141.9", null)]
    [InlineData("de\tGerman\t75.5\twp", "test.tsv:4: expected 6 tab-separated columns, found 4.")]
    [InlineData("deu\tGerman\t-\t-\t141.9\tcldr48", "test.tsv:4: 'deu' is not a language code of the registry in normal form.")]
    [InlineData("de\tGerman\t200\twp\t141.9\tcldr48", "test.tsv:4: first-language speakers (200) exceed total speakers (141.9).")]
    [InlineData("de\tGerman\tmany\twp\t141.9\tcldr48", "test.tsv:4: 'many' is not a number of millions.")]
    [InlineData("de\tGerman\t75.5\tblog\t141.9\tcldr48", "test.tsv:4: source 'blog' is not named by an @source line above.")]
    public void Parse_Row_ValidOrErrorNamesFileAndLine(string row, string? message)
    {
        var text = Header + (row.Split('\t').Length == 5 ? row + "\tcldr48" : row);

        if (message is null)
        {
            var parsed = Assert.Single(SpeakerCounts.Parse(new StringReader(text), "test.tsv"));
            Assert.Equal(75.5, parsed.FirstLanguageMillions);
            return;
        }
        var ex = Assert.Throws<InvalidDataException>(() => SpeakerCounts.Parse(new StringReader(text), "test.tsv"));
        Assert.Equal(message, ex.Message);
    }
}
