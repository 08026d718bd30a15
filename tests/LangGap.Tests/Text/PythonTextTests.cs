using LangGap.Text;

namespace LangGap.Tests.Text;

public class PythonTextTests
{
    [Theory]
    [InlineData("ΟΔΟΣ ΣΑ.Σ", "οδο\u03c2 σα.\u03c2")]
    [InlineData("Σ", "σ")]
    [InlineData("ΑΣ'Α", "ασ'α")]
    [InlineData("İx", "i\u0307x")]
    [InlineData("ABC def", "abc def")]
    [InlineData("𐐀", "𐐨")]
    public void Lower_PythonSpecialCases_MatchesStrLower(string input, string expected)
    {
        Assert.Equal(expected, PythonText.Lower(input));
    }

    [Theory]
    [InlineData('\u001c', true)]
    [InlineData('\u00a0', true)]
    [InlineData('\u3000', true)]
    [InlineData('\u200b', false)]
    [InlineData('\ufeff', false)]
    [InlineData('x', false)]
    public void IsSpace_PythonWhitespace_MatchesStrIsspace(char c, bool expected)
    {
        Assert.Equal(expected, PythonText.IsSpace(c));
    }

    [Fact]
    public void CollapseSpaces_MixedWhitespace_JoinsWithSingleSpaces()
    {
        Assert.Equal("a b c", PythonText.CollapseSpaces(" \ta\u2028b\u00a0\u00a0c\n"));
    }
}
