using LangGap.Identification.FastText;

namespace LangGap.Tests.Identification;

public class FastTextFormatTests
{
    [Theory]
    [InlineData(0.999943f, "0.999943")]
    [InlineData(3.78805e-05f, "3.78805e-05")]
    [InlineData(1.00007f, "1.00007")]
    [InlineData(1f, "1")]
    [InlineData(0.5f, "0.5")]
    [InlineData(0.0012403f, "0.0012403")]
    public void Probability_Float_PrintsLikeCppStream(float value, string expected)
    {
        Assert.Equal(expected, FastTextFormat.Probability(value));
    }
}
