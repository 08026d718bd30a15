using LangGap.Statistics.Resampling;

namespace LangGap.Tests.Statistics;

/// <summary>Golden numbers printed by numpy 1.24.2 (<c>np.random.default_rng(12345)</c>), the generator sacrebleu 2.6 uses.</summary>
public class NumpyPcg64Tests
{
    [Fact]
    public void SeedWords_Seed12345_MatchSeedSequenceGenerateState()
    {
        var words = NumpyPcg64.SeedWords(12345, 4);

        Assert.Equal([13091511679009522556UL, 13538552136045918767UL, 7269824232120749972UL, 4520223790601600371UL], words);
    }

    [Fact]
    public void Constructor_Seed12345_MatchesBitGeneratorState()
    {
        var random = new NumpyPcg64(12345);

        Assert.Equal(UInt128.Parse("33261208707367790463622745601869196757"), random.State);
        Assert.Equal(UInt128.Parse("268209174141567072605526753992732310247"), random.Increment);
    }

    [Fact]
    public void NextUInt64_Seed12345_MatchesRandomRaw()
    {
        var random = new NumpyPcg64(12345);

        Assert.Equal([0x3a32b18db2ffc19dUL, 0x51171315c9e4c4deUL, 0xcc2024823444efd9UL], new[] { random.NextUInt64(), random.NextUInt64(), random.NextUInt64() });
    }

    [Fact]
    public void NextInt_Seed12345_MatchesChoiceWithReplacement()
    {
        var random = new NumpyPcg64(12345);

        var draws = Enumerable.Range(0, 12).Select(_ => random.NextInt(3004)).ToArray();

        Assert.Equal([2100, 682, 2369, 951, 613, 2395, 1930, 2031, 2969, 1174, 2521, 999], draws);
    }

    [Fact]
    public void NextBool_Seed12345_MatchesIntegersBool()
    {
        var random = new NumpyPcg64(12345);

        var bits = string.Concat(Enumerable.Range(0, 80).Select(_ => random.NextBool() ? '1' : '0'));

        Assert.Equal("1011100110000011111111110100110110110001" + "1000110101001100010111000111101100100011", bits);
    }
}
