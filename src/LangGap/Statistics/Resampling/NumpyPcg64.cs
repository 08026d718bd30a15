namespace LangGap.Statistics.Resampling;

/// <summary>
/// numpy's default generator, <c>np.random.default_rng(seed)</c> (PCG64 seeded through SeedSequence), re-implemented so
/// the paired corpus tests draw exactly sacrebleu's resamples and swap masks.
/// </summary>
/// <remarks>
/// Written from the published algorithms: SeedSequence's hash mixing (pool of four 32-bit words), PCG64 (128-bit LCG,
/// XSL-RR output), 32-bit draws served from halves of a 64-bit output (low half first), Lemire's bounded integers
/// (numpy's <c>integers(0, n)</c> and <c>choice(n)</c> for n &lt; 2³²), and booleans taken one bit at a time from
/// 32-bit draws (<c>integers(2, dtype=bool)</c>). The stream is sequential, so it is drawn on one thread.
/// </remarks>
internal sealed class NumpyPcg64
{
    private const uint InitA = 0x43b0d7e5, MultA = 0x931e8875, InitB = 0x8b51f9dd, MultB = 0x58f38ded;
    private const uint MixMultL = 0xca01f9dd, MixMultR = 0x4973f715;
    private const int XShift = 16;
    private const int PoolSize = 4;
    private static readonly UInt128 Multiplier = new(2549297995355413924UL, 4865540595714422341UL);

    private UInt128 _state;
    private readonly UInt128 _increment;
    private bool _hasHalf;
    private uint _half;
    private uint _bitBuffer;
    private int _bitsLeft;

    /// <summary>Seeds the generator as <c>np.random.default_rng(seed)</c> does.</summary>
    public NumpyPcg64(ulong seed)
    {
        var words = SeedWords(seed, 4);
        var initState = new UInt128(words[0], words[1]);
        var initSequence = new UInt128(words[2], words[3]);
        _increment = (initSequence << 1) | 1;
        _state = 0;
        Step();
        _state += initState;
        Step();
    }

    internal UInt128 State => _state;

    internal UInt128 Increment => _increment;

    /// <summary>SeedSequence(seed).generate_state(count, uint64).</summary>
    internal static ulong[] SeedWords(ulong seed, int count)
    {
        var entropy = seed >> 32 == 0 ? new[] { (uint)seed } : [(uint)seed, (uint)(seed >> 32)];
        var pool = new uint[PoolSize];
        var hashConstant = InitA;
        for (var i = 0; i < PoolSize; i++)
        {
            pool[i] = HashMix(i < entropy.Length ? entropy[i] : 0, ref hashConstant);
        }
        for (var source = 0; source < PoolSize; source++)
        {
            for (var target = 0; target < PoolSize; target++)
            {
                if (source != target)
                {
                    pool[target] = Mix(pool[target], HashMix(pool[source], ref hashConstant));
                }
            }
        }
        for (var source = PoolSize; source < entropy.Length; source++)
        {
            for (var target = 0; target < PoolSize; target++)
            {
                pool[target] = Mix(pool[target], HashMix(entropy[source], ref hashConstant));
            }
        }
        var output = new uint[2 * count];
        var constant = InitB;
        for (var i = 0; i < output.Length; i++)
        {
            var value = pool[i % PoolSize];
            value ^= constant;
            constant *= MultB;
            value *= constant;
            value ^= value >> XShift;
            output[i] = value;
        }
        var result = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = output[2 * i] | ((ulong)output[2 * i + 1] << 32);
        }
        return result;
    }

    /// <summary>The next 64-bit output (<c>random_raw</c>).</summary>
    public ulong NextUInt64()
    {
        Step();
        var high = (ulong)(_state >> 64);
        var low = (ulong)_state;
        var rotation = (int)(_state >> 122);
        return ulong.RotateRight(high ^ low, rotation);
    }

    /// <summary>The next 32-bit output: the low half of a 64-bit output, then its high half.</summary>
    public uint NextUInt32()
    {
        if (_hasHalf)
        {
            _hasHalf = false;
            return _half;
        }
        var next = NextUInt64();
        _hasHalf = true;
        _half = (uint)(next >> 32);
        return (uint)next;
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>), as <c>integers(0, bound)</c> draws it.</summary>
    public int NextInt(int bound)
    {
        var exclusive = (uint)bound;
        var product = (ulong)NextUInt32() * exclusive;
        var leftover = (uint)product;
        if (leftover < exclusive)
        {
            var threshold = (uint.MaxValue - (exclusive - 1)) % exclusive;
            while (leftover < threshold)
            {
                product = (ulong)NextUInt32() * exclusive;
                leftover = (uint)product;
            }
        }
        return (int)(product >> 32);
    }

    /// <summary>A fair boolean, as <c>integers(2, dtype=bool)</c> draws it: bits of a 32-bit draw, lowest first.</summary>
    public bool NextBool()
    {
        if (_bitsLeft == 0)
        {
            _bitBuffer = NextUInt32();
            _bitsLeft = 31;
        }
        else
        {
            _bitBuffer >>= 1;
            _bitsLeft--;
        }
        return (_bitBuffer & 1) != 0;
    }

    private void Step() => _state = _state * Multiplier + _increment;

    private static uint HashMix(uint value, ref uint hashConstant)
    {
        value ^= hashConstant;
        hashConstant *= MultA;
        value *= hashConstant;
        value ^= value >> XShift;
        return value;
    }

    private static uint Mix(uint x, uint y)
    {
        var result = MixMultL * x - MixMultR * y;
        result ^= result >> XShift;
        return result;
    }
}
