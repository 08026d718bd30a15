using LangGap.Identification.FastText;

namespace LangGap.Tests.Identification;

public class FastModuloTests
{
    [Theory]
    [InlineData(1u)]
    [InlineData(7u)]
    [InlineData(1000u)]
    [InlineData(2_000_000u)]
    [InlineData(uint.MaxValue)]
    public void Of_ManyValues_EqualsRemainder(uint divisor)
    {
        var modulo = new FastModulo(divisor);
        var random = new Random(17);
        uint[] edges = [0, 1, divisor - 1, divisor, unchecked(divisor + 1), uint.MaxValue, uint.MaxValue - 1, 2166136261];

        foreach (var value in edges.Concat(Enumerable.Range(0, 100_000).Select(_ => (uint)random.NextInt64(0, 1L << 32))))
        {
            Assert.Equal(value % divisor, modulo.Of(value));
        }
    }
}
