using LangGap.Languages;

namespace LangGap.Tests.Languages;

public class LanguageRegistryTests
{
    public static TheoryData<string> FloresCodes => new(KnownCodes.Flores200);

    public static TheoryData<string> FastTextLabels => new(KnownCodes.FastTextLid176);

    [Fact]
    public void KnownCodes_Lists_HaveTheirPublishedSizes()
    {
        Assert.Equal(204, KnownCodes.Flores200.Distinct().Count());
        Assert.Equal(176, KnownCodes.FastTextLid176.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(FloresCodes))]
    public void Parse_EveryFloresCode_HasEntryWithNamesScriptAndRoundTrips(string code)
    {
        var tag = LanguageTag.Parse(code);
        var info = LanguageRegistry.Get(tag);

        Assert.Equal(code, tag.ToFlores());
        Assert.Contains(code, info.FloresCodes);
        Assert.True(info.InFlores200);
        Assert.False(string.IsNullOrWhiteSpace(info.EnglishName));
        Assert.False(string.IsNullOrWhiteSpace(info.NativeName));
        Assert.Contains(tag.EffectiveScript, info.FloresCodes.Select(c => c[4..]));
        Assert.Equal(tag, LanguageTag.Parse(tag.ToBcp47()));
    }

    [Fact]
    public void FloresCodes_Registry_AreExactlyTheFlores200List()
    {
        Assert.Equal(KnownCodes.Flores200.Order(StringComparer.Ordinal), LanguageRegistry.FloresCodes);
    }

    [Theory]
    [MemberData(nameof(FastTextLabels))]
    public void Parse_EveryFastTextLabel_HasEntry(string label)
    {
        Assert.True(LanguageTag.TryParse(label, out var tag));
        Assert.False(string.IsNullOrWhiteSpace(tag.Info.EnglishName));
    }

    [ReferenceFact("fasttext/predictions_k3.txt")]
    public void Parse_LabelsInFastTextReferencePredictions_AreKnownAndParse()
    {
        var labels = File.ReadLines(ReferenceData.PathOf("fasttext/predictions_k3.txt"))
            .SelectMany(line => line.Split(' '))
            .Where(token => token.StartsWith("__label__", StringComparison.Ordinal))
            .Select(token => token["__label__".Length..])
            .Distinct()
            .ToArray();

        Assert.NotEmpty(labels);
        Assert.All(labels, label =>
        {
            Assert.Contains(label, KnownCodes.FastTextLid176);
            Assert.True(LanguageTag.TryParse(label, out _), label);
        });
    }

    [Theory]
    [InlineData("bh", "Bihari languages")]
    [InlineData("sh", "Serbo-Croatian")]
    [InlineData("nah", "Nahuatl")]
    [InlineData("no", "Norwegian")]
    [InlineData("eml", "Emilian-Romagnol")]
    [InlineData("als", "Tosk Albanian")]
    [InlineData("gsw", "Swiss German (Alemannic)")]
    [InlineData("yue", "Yue Chinese (Cantonese)")]
    public void Get_SpecialCodes_HaveTheDocumentedMeaning(string code, string englishName)
    {
        Assert.Equal(englishName, LanguageRegistry.Get(code).EnglishName);
    }

    [Fact]
    public void All_Registry_HasAtLeast200LanguagesWithNamesAndScripts()
    {
        Assert.True(LanguageRegistry.All.Count >= 200, $"only {LanguageRegistry.All.Count} languages");
        Assert.All(LanguageRegistry.All, info =>
        {
            Assert.False(string.IsNullOrWhiteSpace(info.EnglishName));
            Assert.False(string.IsNullOrWhiteSpace(info.NativeName));
            Assert.NotEmpty(info.Scripts);
            Assert.Equal(info.Tag, LanguageTag.Parse(info.Tag.ToBcp47()));
            Assert.Equal(info.Tag, LanguageTag.Parse(info.Iso639_3));
        });
    }

    [Fact]
    public void All_Registry_IsOrderedByCodeWithoutDuplicates()
    {
        var codes = LanguageRegistry.All.Select(i => i.Tag.ToBcp47()).ToArray();

        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("en", ResourceClass.Winners)]
    [InlineData("zh", ResourceClass.Winners)]
    [InlineData("ar", ResourceClass.Winners)]
    [InlineData("ru", ResourceClass.Underdogs)]
    [InlineData("fa", ResourceClass.Underdogs)]
    [InlineData("id", ResourceClass.RisingStars)]
    [InlineData("zu", ResourceClass.Hopefuls)]
    [InlineData("bho", ResourceClass.ScrapingBys)]
    public void Get_WellKnownLanguages_HaveJoshiClass(string code, ResourceClass expected)
    {
        Assert.Equal(expected, LanguageRegistry.Get(code).ResourceClass);
    }

    [Fact]
    public void Get_German_HasNamesScriptsAndCodes()
    {
        var info = LanguageRegistry.Get("deu_Latn");

        Assert.Equal("German", info.EnglishName);
        Assert.Equal("Deutsch", info.NativeName);
        Assert.Equal("Latn", info.DefaultScript);
        Assert.Equal("deu", info.Iso639_3);
        Assert.Equal("de", info.Iso639_1);
        Assert.Equal(["deu_Latn"], info.FloresCodes);
        Assert.NotNull(info.SpeakersMillions);
    }

    [Fact]
    public void Get_LanguageOutsideFlores_IsNotInFlores()
    {
        Assert.False(LanguageRegistry.Get("la").InFlores200);
        Assert.Equal("lat_Latn", LanguageTag.Parse("la").ToFlores());
    }

    [Fact]
    public void TryGet_UnknownCode_ReturnsFalse()
    {
        Assert.False(LanguageRegistry.TryGet("qqq", out var info));
        Assert.Null(info);
    }

    [Fact]
    public void Get_UnknownCode_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => LanguageRegistry.Get("xx-Foo"));
    }
}
