using LangGap.Synthesis.Attributes;

namespace LangGap.Tests.Synthesis.Attributes;

public sealed class AttributeTokenizerTests
{
    [Theory]
    [InlineData("Hello, world! Don't stop.", new[] { "hello", "world", "don't", "stop" })]
    [InlineData("«Bonjour» — dit-il.", new[] { "bonjour", "dit-il" })]
    [InlineData("我爱北京。你好", new[] { "我", "爱", "北", "京", "你", "好" })]
    [InlineData("東京でPythonを学ぶ", new[] { "東", "京", "で", "python", "を", "学", "ぶ" })]
    [InlineData("สวัสดี ครับ", new[] { "ส", "วั", "ส", "ดี", "ค", "รั", "บ" })]
    [InlineData("  ... !!! ", new string[0])]
    [InlineData("😀hello😀 👍", new[] { "hello" })]
    public void Tokenize_Text_GivesWordsOrCharacters(string text, string[] expected)
    {
        Assert.Equal(expected, AttributeTokenizer.Tokenize(text));
    }
}
