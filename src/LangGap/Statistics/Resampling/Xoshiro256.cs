using System.Numerics;

namespace LangGap.Statistics.Resampling;

/// <summary>xoshiro256** (Blackman and Vigna, 2018), seeded through SplitMix64: LangGap's reproducible random stream.</summary>
/// <remarks>
/// Every resample or trial <c>r</c> draws from its own stream <see cref="ForStream"/>(seed, r), so the draws do not depend
/// on how many threads run or in which order: the same seed gives the same resamples on every machine.
/// Bounded integers use Lemire's multiply-and-reject method, so they are exactly uniform.
/// numpy's PCG64 streams (sacrebleu's) cannot be reproduced; results agree with sacrebleu to Monte Carlo error.
/// </remarks>
internal struct Xoshiro256
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>The generator for stream <paramref name="stream"/> of <paramref name="seed"/>.</summary>
    public static Xoshiro256 ForStream(ulong seed, ulong stream)
    {
        // Mix seed and stream into one SplitMix64 state, then expand it to the four words of xoshiro's state.
        var state = SplitMix(seed ^ SplitMix(stream + 0x632BE59BD9B4E019UL));
        var generator = new Xoshiro256();
        generator._s0 = SplitMix(ref state);
        generator._s1 = SplitMix(ref state);
        generator._s2 = SplitMix(ref state);
        generator._s3 = SplitMix(ref state);
        return generator;
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>).</summary>
    public int NextInt(int bound)
    {
        var range = (uint)bound;
        var product = (ulong)(uint)(NextUInt64() >> 32) * range;
        var low = (uint)product;
        if (low < range)
        {
            var threshold = (0u - range) % range;
            while (low < threshold)
            {
                product = (ulong)(uint)(NextUInt64() >> 32) * range;
                low = (uint)product;
            }
        }
        return (int)(product >> 32);
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    private static ulong SplitMix(ulong x)
    {
        var state = x;
        return SplitMix(ref state);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
