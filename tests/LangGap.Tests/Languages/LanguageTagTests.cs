using LangGap.Languages;

namespace LangGap.Tests.Languages;

public class LanguageTagTests
{
    [Theory]
    [InlineData("de", "de")]
    [InlineData("DE", "de")]
    [InlineData("deu", "de")]
    [InlineData("ger", "de")]
    [InlineData("deu_Latn", "de")]
    [InlineData("de-Latn", "de")]
    [InlineData("de_latn", "de")]
    [InlineData(" de ", "de")]
    [InlineData("de-CH", "de-CH")]
    [InlineData("pt-br", "pt-BR")]
    [InlineData("pt_BR", "pt-BR")]
    [InlineData("es-419", "es-419")]
    [InlineData("zh", "zh")]
    [InlineData("zh-hant", "zh-Hant")]
    [InlineData("ZH-HANT-tw", "zh-Hant-TW")]
    [InlineData("zho_Hans", "zh-Hans")]
    [InlineData("zho_Hant", "zh-Hant")]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("sr-Latn", "sr-Latn")]
    [InlineData("srp_Cyrl", "sr-Cyrl")]
    [InlineData("arb_Arab", "arb")]
    [InlineData("arb_Latn", "arb-Latn")]
    [InlineData("ara", "ar")]
    [InlineData("iw", "he")]
    [InlineData("in", "id")]
    [InlineData("mo", "ro")]
    [InlineData("fil", "fil")]
    [InlineData("tgl_Latn", "tl")]
    [InlineData("swh_Latn", "swh")]
    [InlineData("pes_Arab", "pes")]
    [InlineData("zsm_Latn", "zsm")]
    [InlineData("sh", "sh")]
    [InlineData("hbs", "sh")]
    public void Parse_KnownForms_GiveNormalForm(string text, string expected)
    {
        var tag = LanguageTag.Parse(text);

        Assert.Equal(expected, tag.ToBcp47());
        Assert.Equal(expected, tag.ToString());
    }

    [Theory]
    [InlineData("de", "deu_Latn")]
    [InlineData("de-CH", "deu_Latn")]
    [InlineData("zh", "zho_Hans")]
    [InlineData("zh-Hant", "zho_Hant")]
    [InlineData("zh-TW", "zho_Hant")]
    [InlineData("zh-HK", "zho_Hant")]
    [InlineData("zh-CN", "zho_Hans")]
    [InlineData("cmn", "zho_Hans")]
    [InlineData("ar", "arb_Arab")]
    [InlineData("fa", "pes_Arab")]
    [InlineData("sw", "swh_Latn")]
    [InlineData("ms", "zsm_Latn")]
    [InlineData("fil", "tgl_Latn")]
    [InlineData("sr", "srp_Cyrl")]
    [InlineData("sr-Latn", "srp_Latn")]
    [InlineData("ja", "jpn_Jpan")]
    [InlineData("ko", "kor_Hang")]
    public void ToFlores_Tag_GivesFloresCode(string text, string expected)
    {
        Assert.Equal(expected, LanguageTag.Parse(text).ToFlores());
    }

    [Theory]
    [InlineData("de", "deu", "de", null, null)]
    [InlineData("zh-Hant-TW", "zho", "zh", "Hant", "TW")]
    [InlineData("arb", "arb", null, null, null)]
    [InlineData("pt-BR", "por", "pt", null, "BR")]
    public void Parse_Tag_ExposesParts(string text, string iso3, string? iso1, string? script, string? region)
    {
        var tag = LanguageTag.Parse(text);

        Assert.Equal(iso3, tag.Iso639_3);
        Assert.Equal(iso1, tag.Iso639_1);
        Assert.Equal(script, tag.Script);
        Assert.Equal(region, tag.Region);
    }

    [Theory]
    [InlineData("de", "Latn")]
    [InlineData("zh", "Hans")]
    [InlineData("zh-TW", "Hant")]
    [InlineData("sr", "Cyrl")]
    [InlineData("sr-Latn", "Latn")]
    public void EffectiveScript_Tag_IsExplicitRegionImpliedOrDefault(string text, string expected)
    {
        Assert.Equal(expected, LanguageTag.Parse(text).EffectiveScript);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("x")]
    [InlineData("xx")]
    [InlineData("qqq")]
    [InlineData("xx-Foo")]
    [InlineData("de-Foo")]
    [InlineData("de-Xyzw")]
    [InlineData("deutsch")]
    [InlineData("de-")]
    [InlineData("de--DE")]
    [InlineData("de-DE-Latn")]
    [InlineData("de-DE-1996")]
    [InlineData("en-US-x-twain")]
    [InlineData("zh-Hant-TW-extra")]
    [InlineData("d3")]
    [InlineData("de DE")]
    public void TryParse_Unknown_ReturnsFalse(string text)
    {
        Assert.False(LanguageTag.TryParse(text, out var tag));
        Assert.Null(tag);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(LanguageTag.TryParse(null, out _));
    }

    [Fact]
    public void Parse_Unknown_ThrowsFormatExceptionSayingWhatIsExpected()
    {
        var ex = Assert.Throws<FormatException>(() => LanguageTag.Parse("xx-Foo"));

        Assert.Equal(
            "'xx-Foo' is not a language tag LangGap knows (expected ISO 639-1/639-3, BCP-47 such as zh-Hant, or a FLORES-200 code such as deu_Latn).",
            ex.Message);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => LanguageTag.Parse(null!));
    }

    [Theory]
    [InlineData("de", "deu")]
    [InlineData("de", "deu_Latn")]
    [InlineData("zh-Hant", "zho_Hant")]
    [InlineData("he", "iw")]
    public void Equals_SameNormalForm_IsEqualWithSameHash(string a, string b)
    {
        var x = LanguageTag.Parse(a);
        var y = LanguageTag.Parse(b);

        Assert.Equal(x, y);
        Assert.True(x == y);
        Assert.Equal(x.GetHashCode(), y.GetHashCode());
    }

    [Theory]
    [InlineData("ar", "arb")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("pt", "pt-BR")]
    public void Equals_DifferentNormalForm_IsNotEqual(string a, string b)
    {
        Assert.NotEqual(LanguageTag.Parse(a), LanguageTag.Parse(b));
        Assert.True(LanguageTag.Parse(a) != LanguageTag.Parse(b));
    }

    [Theory]
    [InlineData("ar", "arb")]
    [InlineData("ar", "arb_Arab")]
    [InlineData("sw", "swh")]
    [InlineData("fa", "pes")]
    [InlineData("ms", "zsm")]
    [InlineData("zh", "cmn")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh", "zh-CN")]
    [InlineData("zh-Hant", "zh-TW")]
    [InlineData("fil", "tl")]
    [InlineData("fil", "tgl_Latn")]
    [InlineData("sr", "srp_Cyrl")]
    [InlineData("pt", "pt-BR")]
    public void Equivalent_SameLanguageAndScript_IsTrue(string a, string b)
    {
        Assert.True(LanguageTag.Equivalent(LanguageTag.Parse(a), LanguageTag.Parse(b)));
        Assert.True(LanguageTag.Parse(b).IsEquivalentTo(LanguageTag.Parse(a)));
    }

    [Theory]
    [InlineData("ar", "de")]
    [InlineData("zh", "zh-Hant")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("sr", "sr-Latn")]
    [InlineData("arb", "arb-Latn")]
    [InlineData("hr", "sr")]
    public void Equivalent_DifferentLanguageOrScript_IsFalse(string a, string b)
    {
        Assert.False(LanguageTag.Equivalent(LanguageTag.Parse(a), LanguageTag.Parse(b)));
    }

    [Theory]
    [InlineData("arb", "ar")]
    [InlineData("zsm", "ms")]
    [InlineData("id", "ms")]
    [InlineData("sr", "sh")]
    [InlineData("cmn", "zh")]
    public void Macrolanguage_IndividualLanguage_IsItsMacrolanguage(string text, string macro)
    {
        Assert.Equal(LanguageTag.Parse(macro), LanguageTag.Parse(text).Macrolanguage);
    }

    [Fact]
    public void Macrolanguage_NoMacrolanguage_IsNull()
    {
        Assert.Null(LanguageTag.Parse("de").Macrolanguage);
    }

    [Theory]
    [InlineData("zh-Hant-TW", "zh")]
    [InlineData("pt-BR", "pt")]
    [InlineData("de", "de")]
    public void LanguageOnly_Tag_DropsScriptAndRegion(string text, string expected)
    {
        Assert.Equal(LanguageTag.Parse(expected), LanguageTag.Parse(text).LanguageOnly);
    }

    [Fact]
    public void CompareTo_Tags_OrderOrdinallyByNormalForm()
    {
        var tags = new[] { "zh", "de", "ar", "de-CH" }.Select(LanguageTag.Parse).Order().Select(t => t.ToString());

        Assert.Equal(["ar", "de", "de-CH", "zh"], tags);
    }

    [Fact]
    public void Json_Tag_RoundTripsAsNormalisedString()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new[] { LanguageTag.Parse("zho_Hant") });
        var back = System.Text.Json.JsonSerializer.Deserialize<LanguageTag[]>("[\"deu_Latn\",\"zh-hant\"]");

        Assert.Equal("[\"zh-Hant\"]", json);
        Assert.Equal([LanguageTag.Parse("de"), LanguageTag.Parse("zh-Hant")], back!);
    }

    [Fact]
    public void Json_DictionaryKeyedByTag_UsesTagStrings()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<LanguageTag, int> { [LanguageTag.Parse("arb_Arab")] = 1 });

        Assert.Equal("{\"arb\":1}", json);
        Assert.Equal(1, System.Text.Json.JsonSerializer.Deserialize<Dictionary<LanguageTag, int>>(json)![LanguageTag.Parse("arb")]);
    }

    [Fact]
    public void Json_UnknownTag_ThrowsJsonException()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<LanguageTag>("\"xx-Foo\""));
    }

    [Fact]
    public void IParsable_GenericParse_UsesTagParser()
    {
        Assert.Equal(LanguageTag.Parse("de"), ParseAs<LanguageTag>("deu"));
    }

    private static T ParseAs<T>(string text) where T : IParsable<T> => T.Parse(text, null);
}
