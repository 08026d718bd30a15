namespace LangGap.Statistics.Resampling;

/// <summary>Bootstrap resamples drawn once and shared by every system and metric (sacrebleu's <c>idxs</c>): each is n indices drawn with replacement, sorted.</summary>
/// <remarks>Sorting makes the summation walk the statistics in memory order; a sum does not depend on order for integer statistics.</remarks>
internal sealed class ResampleIndexSets
{
    private readonly int[] _indices;

    private ResampleIndexSets(int count, int size, int[] indices)
    {
        Count = count;
        Size = size;
        _indices = indices;
    }

    /// <summary>The number of resamples.</summary>
    public int Count { get; }

    /// <summary>The number of indices per resample (the number of items resampled).</summary>
    public int Size { get; }

    /// <summary>The sorted indices of resample <paramref name="resample"/>.</summary>
    public ReadOnlySpan<int> this[int resample] => _indices.AsSpan(resample * Size, Size);

    /// <summary>Draws <paramref name="count"/> resamples of <paramref name="size"/> items exactly as sacrebleu does:
    /// <c>np.random.default_rng(seed).choice(size, size=(count, size), replace=True)</c>, row by row.</summary>
    public static ResampleIndexSets Draw(int count, int size, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var indices = new int[checked(count * size)];
        var random = new NumpyPcg64(seed);
        var histogram = new int[size];
        for (var r = 0; r < count; r++)
        {
            Array.Clear(histogram);
            for (var k = 0; k < size; k++)
            {
                histogram[random.NextInt(size)]++;
            }
            var target = indices.AsSpan(r * size, size);
            var position = 0;
            for (var i = 0; i < size; i++)
            {
                for (var c = histogram[i]; c > 0; c--)
                {
                    target[position++] = i;
                }
            }
        }
        return new ResampleIndexSets(count, size, indices);
    }
}
