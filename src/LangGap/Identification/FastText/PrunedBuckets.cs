namespace LangGap.Identification.FastText;

/// <summary>
/// The n-gram buckets a quantized model kept (fastText's <c>pruneidx</c>), mapped to their compacted rows.
/// </summary>
/// <remarks>
/// Most n-grams of real text fall in buckets that were dropped, so a bit per bucket (256 KB for 2M buckets) answers
/// most lookups from cache; kept buckets are then found in a small open-addressing table. fastText uses a
/// <c>std::unordered_map</c>; the mapping is the same.
/// </remarks>
internal sealed class PrunedBuckets
{
    private readonly ulong[] _present;
    private readonly int[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public PrunedBuckets(IReadOnlyDictionary<int, int> map, int bucketCount)
    {
        _present = new ulong[(Math.Max(bucketCount, 1) + 63) / 64];
        var capacity = 16;
        while (capacity < map.Count * 2)
        {
            capacity *= 2;
        }
        _keys = new int[capacity];
        _values = new int[capacity];
        Array.Fill(_keys, -1);
        _mask = capacity - 1;
        foreach (var (bucket, index) in map)
        {
            if (bucket < 0 || bucket >= bucketCount)
            {
                continue;
            }
            _present[bucket >> 6] |= 1UL << (bucket & 63);
            var slot = Slot(bucket);
            while (_keys[slot] != -1 && _keys[slot] != bucket)
            {
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = bucket;
            _values[slot] = index;
        }
    }

    /// <summary>The compacted index of <paramref name="bucket"/>, or -1 when the model dropped it.</summary>
    public int IndexOf(int bucket)
    {
        if ((_present[bucket >> 6] & (1UL << (bucket & 63))) == 0)
        {
            return -1;
        }
        var slot = Slot(bucket);
        while (_keys[slot] != bucket)
        {
            slot = (slot + 1) & _mask;
        }
        return _values[slot];
    }

    private int Slot(int bucket) => (int)((uint)bucket * 2654435769u >> 7) & _mask;
}
