namespace LangGap.Statistics.Resampling;

/// <summary>Approximate-randomisation swap masks drawn once and shared by every system and metric: one fair coin per segment per trial.</summary>
/// <remarks>Bit i of trial t set means segment i keeps the baseline's statistics in pseudo-system A (sacrebleu's <c>pos_sel</c>).</remarks>
internal sealed class RandomizationMasks
{
    private readonly ulong[] _bits;
    private readonly Lazy<ulong[]> _transposed;

    private RandomizationMasks(int trials, int segments, int words, ulong[] bits)
    {
        Trials = trials;
        Segments = segments;
        WordsPerTrial = words;
        _bits = bits;
        _transposed = new(() =>
        {
            var transposed = new ulong[bits.Length];
            for (var t = 0; t < trials; t++)
            {
                for (var w = 0; w < words; w++)
                {
                    transposed[w * trials + t] = bits[t * words + w];
                }
            }
            return transposed;
        });
    }

    /// <summary>The number of trials.</summary>
    public int Trials { get; }

    /// <summary>The number of segments.</summary>
    public int Segments { get; }

    /// <summary>The number of 64-bit words per trial.</summary>
    public int WordsPerTrial { get; }

    /// <summary>The mask bits of trial <paramref name="trial"/>; bits past the last segment are zero.</summary>
    public ReadOnlySpan<ulong> this[int trial] => _bits.AsSpan(trial * WordsPerTrial, WordsPerTrial);

    /// <summary>Word <paramref name="word"/> of every trial, consecutively: the layout the batched AR kernel reads.</summary>
    public ReadOnlySpan<ulong> Word(int word) => _transposed.Value.AsSpan(word * Trials, Trials);

    /// <summary>Draws <paramref name="trials"/> masks over <paramref name="segments"/> segments exactly as sacrebleu does:
    /// <c>np.random.default_rng(seed).integers(2, size=(trials, segments), dtype=bool)</c>, row by row.</summary>
    public static RandomizationMasks Draw(int trials, int segments, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(segments);
        var words = (segments + 63) / 64;
        var bits = new ulong[checked(trials * words)];
        // numpy takes booleans one bit at a time, lowest first, from 32-bit draws that are the low then the high half
        // of each 64-bit output: the boolean stream is the bits of consecutive 64-bit outputs, lowest first.
        var random = new NumpyPcg64(seed);
        var stream = new ulong[checked(((long)trials * segments + 63) / 64 + 1)];
        for (var k = 0; k < stream.Length; k++)
        {
            stream[k] = random.NextUInt64();
        }
        var lastMask = segments % 64 == 0 ? ulong.MaxValue : (1UL << (segments % 64)) - 1;
        for (var t = 0; t < trials; t++)
        {
            for (var w = 0; w < words; w++)
            {
                var start = (long)t * segments + 64L * w;
                var index = (int)(start >> 6);
                var offset = (int)(start & 63);
                var value = offset == 0 ? stream[index] : (stream[index] >> offset) | (stream[index + 1] << (64 - offset));
                bits[t * words + w] = w == words - 1 ? value & lastMask : value;
            }
        }
        return new RandomizationMasks(trials, segments, words, bits);
    }
}
