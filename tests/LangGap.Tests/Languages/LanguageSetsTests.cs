using LangGap.Languages;

namespace LangGap.Tests.Languages;

public class LanguageSetsTests
{
    [Theory]
    [InlineData("aya23", 23, "ar cs de el en es fa fr he hi id it ja ko nl pl pt ro ru tr uk vi zh")]
    [InlineData("mgsm", 11, "bn de en es fr ja ru sw te th zh")]
    [InlineData("aya-redteaming", 8, "ar en fil fr hi ru sr es")]
    public void Get_NamedSet_HasTheSourceLanguages(string name, int count, string codes)
    {
        var set = LanguageSets.Get(name);

        Assert.Equal(count, set.Languages.Count);
        Assert.Equal(codes.Split(' '), set.Languages.Select(t => t.ToBcp47()));
    }

    [Fact]
    public void Flores200_Set_HasOneDistinctTagPerFloresCode()
    {
        var set = LanguageSets.Flores200;

        Assert.Equal(204, set.Languages.Count);
        Assert.Equal(204, set.Languages.Distinct().Count());
        Assert.Equal(KnownCodes.Flores200.Order(StringComparer.Ordinal), set.Languages.Select(t => t.ToFlores()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("AYA23")]
    [InlineData("Aya-23")]
    [InlineData("aya_23")]
    [InlineData("MGSM")]
    [InlineData("Aya Red-Teaming")]
    [InlineData("FLORES-200")]
    public void Get_NameInAnotherSpelling_FindsTheSet(string name)
    {
        Assert.True(LanguageSets.TryGet(name, out _));
        Assert.NotNull(LanguageSets.Get(name));
    }

    [Fact]
    public void Get_UnknownName_ThrowsListingKnownNames()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => LanguageSets.Get("xnli"));

        Assert.Equal("'xnli' is not a language set LangGap knows (known sets: aya23, mgsm, aya-redteaming, flores200).", ex.Message);
    }

    [Fact]
    public void All_Sets_AreTheFourNamedOnes()
    {
        Assert.Equal(["aya23", "mgsm", "aya-redteaming", "flores200"], LanguageSets.All.Select(s => s.Name));
        Assert.Same(LanguageSets.Get("aya23"), LanguageSets.Aya23);
        Assert.Same(LanguageSets.Get("mgsm"), LanguageSets.Mgsm);
        Assert.Same(LanguageSets.Get("aya-redteaming"), LanguageSets.AyaRedTeaming);
    }

    [Theory]
    [InlineData("aya23", "arb_Arab", true)]
    [InlineData("aya23", "pes_Arab", true)]
    [InlineData("aya23", "zho_Hans", true)]
    [InlineData("aya23", "zho_Hant", false)]
    [InlineData("aya23", "swh_Latn", false)]
    [InlineData("mgsm", "swh_Latn", true)]
    [InlineData("aya-redteaming", "tgl_Latn", true)]
    [InlineData("aya-redteaming", "srp_Cyrl", true)]
    public void Contains_FloresCode_UsesEquivalence(string set, string code, bool expected)
    {
        Assert.Equal(expected, LanguageSets.Get(set).Contains(LanguageTag.Parse(code)));
    }
}
