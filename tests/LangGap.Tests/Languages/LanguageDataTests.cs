using LangGap.Languages;

namespace LangGap.Tests.Languages;

public class LanguageDataTests
{
    private const string Good = "deu\tde\tGerman\tDeutsch\tLatn\tLatn\t5\t135\t-\t-\tger";

    [Fact]
    public void Parse_WellFormedRow_BuildsEntry()
    {
        var data = LanguageData.Parse(new StringReader("# comment\n" + Good + "\n"), "test.tsv");

        var info = Assert.Single(data.All);
        Assert.Equal("German", info.EnglishName);
        Assert.Same(data.Find("ger"), data.Find("deu"));
    }

    [Theory]
    [InlineData("deu\tde\tGerman\tDeutsch\tLatn\tLatn\t5\t135\t-\t-", "test.tsv:1: expected 11 tab-separated columns, found 10.")]
    [InlineData("deu\tde\tGerman\tDeutsch\tLatx\tLatn\t5\t135\t-\t-\t-", "test.tsv:1: 'Latx' is not a known ISO 15924 script.")]
    [InlineData("deu\tde\tGerman\tDeutsch\tLatn\tLatn\t6\t135\t-\t-\t-", "test.tsv:1: resource class '6' is not 0–5.")]
    [InlineData("deu\tde\tGerman\tDeutsch\tLatn\tLatn\t5\tmany\t-\t-\t-", "test.tsv:1: speakers 'many' is not a positive number.")]
    [InlineData("deu\tde\tGerman\tDeutsch\tLatn\tLatn\t5\t135\tgem\t-\t-", "test.tsv:1: 'gem' does not name another language in the registry.")]
    [InlineData("Deu\tde\tGerman\tDeutsch\tLatn\tLatn\t5\t135\t-\t-\t-", "test.tsv:1: 'Deu'/'de' are not ISO 639-3/639-1 shaped codes.")]
    public void Parse_MalformedRow_ThrowsNamingFileAndLine(string row, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => LanguageData.Parse(new StringReader(row), "test.tsv"));

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Parse_DuplicateCode_ThrowsNamingBothLines()
    {
        var ex = Assert.Throws<InvalidDataException>(() => LanguageData.Parse(new StringReader(Good + "\n" + Good), "test.tsv"));

        Assert.Equal("test.tsv:2: code 'deu' is already used on line 1.", ex.Message);
    }

    [Fact]
    public void Instance_EmbeddedData_Loads()
    {
        Assert.True(LanguageData.Instance.All.Count > 0);
    }
}
