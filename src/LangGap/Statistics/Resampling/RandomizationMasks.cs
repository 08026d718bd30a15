namespace LangGap.Statistics.Resampling;

/// <summary>Approximate-randomisation swap masks drawn once and shared by every system and metric: one fair coin per segment per trial.</summary>
/// <remarks>Bit i of trial t set means segment i keeps the baseline's statistics in pseudo-system A (sacrebleu's <c>pos_sel</c>).</remarks>
internal sealed class RandomizationMasks
{
    private readonly ulong[] _bits;

    private RandomizationMasks(int trials, int segments, int words, ulong[] bits)
    {
        Trials = trials;
        Segments = segments;
        WordsPerTrial = words;
        _bits = bits;
    }

    /// <summary>The number of trials.</summary>
    public int Trials { get; }

    /// <summary>The number of segments.</summary>
    public int Segments { get; }

    /// <summary>The number of 64-bit words per trial.</summary>
    public int WordsPerTrial { get; }

    /// <summary>The mask bits of trial <paramref name="trial"/>; bits past the last segment are zero.</summary>
    public ReadOnlySpan<ulong> this[int trial] => _bits.AsSpan(trial * WordsPerTrial, WordsPerTrial);

    /// <summary>Draws <paramref name="trials"/> masks over <paramref name="segments"/> segments; trial t uses stream t of the seed.</summary>
    public static RandomizationMasks Draw(int trials, int segments, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(segments);
        var words = (segments + 63) / 64;
        var bits = new ulong[checked(trials * words)];
        var lastMask = segments % 64 == 0 ? ulong.MaxValue : (1UL << (segments % 64)) - 1;
        Parallel.For(0, trials, t =>
        {
            var random = Xoshiro256.ForStream(seed, (ulong)t);
            var target = bits.AsSpan(t * words, words);
            for (var w = 0; w < words; w++)
            {
                target[w] = random.NextUInt64();
            }
            target[^1] &= lastMask;
        });
        return new RandomizationMasks(trials, segments, words, bits);
    }
}
