using System.Buffers.Binary;
using LangGap.Identification;
using LangGap.Languages;

namespace LangGap.Tests.Identification;

public class LanguageIdentifierTests
{
    private static byte[] EmbeddedModelBytes()
    {
        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream("LangGap.Identification.lid.176.ftz")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string WriteTemp(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"langgap-test-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Default_Lid176_Has176Labels()
    {
        var identifier = LanguageIdentifier.Default;

        Assert.Equal(176, identifier.Labels.Count);
        Assert.True(identifier.IsQuantized);
        Assert.Contains("als", identifier.Labels);
        Assert.DoesNotContain(identifier.Labels, l => l.StartsWith("__label__", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_EveryLabel_MapsToALanguageTag()
    {
        var unmapped = LanguageIdentifier.Default.Labels.Where(l => LanguageIdentifier.LanguageOf(l) is null).ToArray();

        Assert.Empty(unmapped);
    }

    [Theory]
    [InlineData("als", "gsw")]
    [InlineData("__label__als", "gsw")]
    [InlineData("arz", "arz")]
    [InlineData("wuu", "wuu")]
    [InlineData("nds", "nds")]
    [InlineData("sh", "sh")]
    [InlineData("bh", "bh")]
    [InlineData("eml", "eml")]
    [InlineData("deu_Latn", "de")]
    public void LanguageOf_Label_GivesTag(string label, string tag)
    {
        Assert.Equal(LanguageTag.Parse(tag), LanguageIdentifier.LanguageOf(label));
    }

    [Fact]
    public void LanguageOf_NotALanguage_Null()
    {
        Assert.Null(LanguageIdentifier.LanguageOf("__label__positive"));
    }

    [Fact]
    public void Identify_Prediction_CarriesLanguageTag()
    {
        var prediction = LanguageIdentifier.Default.Identify("Das Wetter ist heute herrlich.")[0];

        Assert.Equal(LanguageTag.Parse("de"), prediction.Language);
    }

    [Theory]
    [InlineData("Das Wetter ist heute herrlich und wir gehen an den Strand.", "de")]
    [InlineData("Le chat dort sur le canapé depuis ce matin.", "fr")]
    [InlineData("Сегодня хорошая погода, и мы идём гулять.", "ru")]
    [InlineData("今日はとても良い天気ですね。", "ja")]
    public void Identify_ClearSentence_TopLabelIsItsLanguage(string text, string label)
    {
        var predictions = LanguageIdentifier.Default.Identify(text);

        Assert.Equal(label, Assert.Single(predictions).Label);
    }

    [Fact]
    public void Identify_KThree_ReturnsThreeMostProbableFirst()
    {
        var predictions = LanguageIdentifier.Default.Identify("Das Wetter ist heute herrlich.", k: 3);

        Assert.Equal(3, predictions.Count);
        Assert.True(predictions[0].Probability >= predictions[1].Probability);
        Assert.True(predictions[1].Probability >= predictions[2].Probability);
    }

    [Fact]
    public void Identify_Threshold_DropsLessProbableLabels()
    {
        var predictions = LanguageIdentifier.Default.Identify("Das Wetter ist heute herrlich.", k: 10, threshold: 0.5);

        Assert.Equal("de", Assert.Single(predictions).Label);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t ")]
    public void Identify_NoToken_ReturnsNothing(string text)
    {
        Assert.Empty(LanguageIdentifier.Default.Identify(text, k: 3));
    }

    [Fact]
    public void Identify_KZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LanguageIdentifier.Default.Identify("hello", k: 0));
    }

    [Fact]
    public void Load_NotAFastTextModel_ThrowsNamingTheFile()
    {
        var path = WriteTemp("this is plain text, not a model"u8.ToArray());

        var error = Assert.Throws<InvalidInputException>(() => LanguageIdentifier.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("not a fastText model", error.Message);
    }

    [Fact]
    public void Load_NewerVersion_ThrowsUnsupportedVersion()
    {
        var bytes = EmbeddedModelBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 13);
        var path = WriteTemp(bytes);

        var error = Assert.Throws<InvalidInputException>(() => LanguageIdentifier.Load(path));

        Assert.Contains("version 13", error.Message);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(40)]
    [InlineData(2000)]
    [InlineData(600_000)]
    [InlineData(938_000)]
    public void Load_TruncatedFile_ThrowsTruncated(int length)
    {
        var path = WriteTemp(EmbeddedModelBytes()[..length]);

        var error = Assert.Throws<InvalidInputException>(() => LanguageIdentifier.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingIt()
    {
        var error = Assert.Throws<InvalidInputException>(() => LanguageIdentifier.Load("/no/such/model.bin"));

        Assert.Contains("/no/such/model.bin", error.Message);
    }
}
