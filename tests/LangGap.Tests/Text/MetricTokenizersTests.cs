using LangGap.Text;

namespace LangGap.Tests.Text;

/// <summary>Tokenizer edge cases; every expected string was produced by sacrebleu 2.6.0's tokenizers.</summary>
public class MetricTokenizersTests
{
    [Theory]
    [InlineData("13a", "Hello, world.", "Hello , world .")]
    [InlineData("13a", "3.5% in 2024-2025.", "3.5 % in 2024 - 2025 .")]
    [InlineData("13a", "a..b,,c", "a . . b , , c")]
    [InlineData("13a", "&amp;lt; &quot;x&quot; <skipped>y", "< \" x \" y")]
    [InlineData("13a", "It's $5,000.00!", "It's $ 5,000.00 !")]
    [InlineData("13a", "x\u001cy\u00a0z", "x y z")]
    [InlineData("13a", "", "")]
    [InlineData("13a", "   ", "")]
    [InlineData("intl", "Hello, world.", "Hello , world .")]
    [InlineData("intl", "1,000.5 items.", "1,000.5 items .")]
    [InlineData("intl", "Price: 5€ (approx.)", "Price : 5 € ( approx . )")]
    [InlineData("intl", "«Guillemets» — dash", "« Guillemets » — dash")]
    [InlineData("intl", "Year 1990.", "Year 1990.")]
    [InlineData("intl", "😀!", "😀 !")]
    [InlineData("zh", "我们去北京。", "我 们 去 北 京 。")]
    [InlineData("zh", "价格是5元—很便宜", "价 格 是 5 元 — 很 便 宜")]
    [InlineData("zh", "Hello 世界!", "Hello 世 界 !")]
    [InlineData("zh", "𠀀字", "𠀀 字")]
    [InlineData("char", "ab c", "a b   c")]
    [InlineData("char", "😀x", "😀 x")]
    [InlineData("char", "", "")]
    [InlineData("none", " keep  as is ", " keep  as is ")]
    public void Tokenize_EdgeCase_MatchesSacrebleu(string name, string input, string expected)
    {
        var tokenizer = MetricTokenizers.Create(name);

        var actual = tokenizer.Tokenize(input);

        Assert.Equal(expected, actual);
        Assert.Equal(name, tokenizer.Name);
    }

    [Fact]
    public void Create_UnknownName_ThrowsNamingTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => MetricTokenizers.Create("moses"));

        Assert.Contains("moses", error.Message);
        Assert.Contains("13a", error.Message);
    }

    [Theory]
    [InlineData(false, false, false, false, "The Cat's toy, (really)!", "the cat's toy, (really)!")]
    [InlineData(true, false, false, false, "The Cat's toy, (really)!", "the cat 's toy , ( really ) !")]
    [InlineData(false, true, false, false, "The Cat's toy, (really)!", "the cat's toy really")]
    [InlineData(true, false, false, false, "我们去北京。好的！", "我们去北京。好的！")]
    [InlineData(true, false, true, false, "我们去北京。好的！", "我 们 去 北 京 。 好 的 ！")]
    [InlineData(false, true, true, true, "我们去北京。好的！", "我们去北京好的")]
    [InlineData(false, true, true, true, "The Cat's toy, (really)!", "The Cat's toy really")]
    [InlineData(false, false, false, false, "İSTANBUL ΟΔΟΣ", "i\u0307stanbul οδο\u03c2")]
    [InlineData(false, false, false, true, "İSTANBUL ΟΔΟΣ", "İSTANBUL ΟΔΟΣ")]
    [InlineData(false, false, false, false, "", "")]
    public void TercomTokenize_Options_MatchSacrebleu(bool normalized, bool noPunct, bool asian, bool caseSensitive, string input, string expected)
    {
        var tokenizer = new TercomTokenizer(normalized, noPunct, asian, caseSensitive);

        Assert.Equal(expected, tokenizer.Tokenize(input));
        Assert.Equal("tercom", tokenizer.Name);
    }
}
