using System.Text;
using LangGap.Text;

namespace LangGap.Tests.Text;

public class LineFileTests
{
    [Theory]
    [InlineData("a\nb\n", new[] { "a", "b" })]
    [InlineData("a\r\nb", new[] { "a", "b" })]
    [InlineData("\n\nx\n", new[] { "", "", "x" })]
    [InlineData("", new string[0])]
    public void Split_ValidUtf8_ReturnsLinesWithoutTerminators(string text, string[] expected)
    {
        var lines = LineFile.Split(Encoding.UTF8.GetBytes(text), "t.txt");

        Assert.Equal(expected, lines);
    }

    [Fact]
    public void Split_ByteOrderMark_IsKeptAsSacrebleuDoes()
    {
        var lines = LineFile.Split([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i'], "t.txt");

        Assert.Equal(["\uFEFFhi"], lines);
    }

    [Fact]
    public void Split_InvalidUtf8_NamesFileAndLine()
    {
        byte[] bytes = [(byte)'o', (byte)'k', (byte)'\n', 0xC3, 0x28, (byte)'\n'];

        var error = Assert.Throws<InvalidInputException>(() => LineFile.Split(bytes, "hyp.txt"));

        Assert.StartsWith("hyp.txt:2:", error.Message);
    }

    [Fact]
    public async Task ReadAllLinesAsync_MissingFile_NamesTheFile()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(
            () => LineFile.ReadAllLinesAsync("/nonexistent/ref.txt", null, CancellationToken.None));

        Assert.Contains("'/nonexistent/ref.txt'", error.Message);
    }
}
