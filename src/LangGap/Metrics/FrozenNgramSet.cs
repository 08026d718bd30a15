using System.Numerics;
using System.Runtime.CompilerServices;

namespace LangGap.Metrics;

/// <summary>A read-only copy of an <see cref="NgramTable"/>'s entries (same keys, same dense ids), safe to share between threads.</summary>
/// <remarks>
/// Compact because a reference set keeps one per segment: the hash table holds <c>id + 1</c> (0 = empty) in 4 bytes
/// a slot, and the keys sit once in id order. Both are slices of <see cref="ChunkArena{T}"/> chunks, which arrive
/// zeroed (so an empty table needs no fill) and which the collector never copies.
/// </remarks>
internal sealed class FrozenNgramSet
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;
    private readonly int[] _table;
    private readonly int _tableOffset;
    private readonly ulong[] _keys;
    private readonly int _keysOffset;
    private readonly int _mask;
    private readonly int _shift;

    /// <summary>Creates the set from <paramref name="keys"/>, each key's id being its index.</summary>
    public FrozenNgramSet(ReadOnlySpan<ulong> keys)
    {
        var count = keys.Length;
        // Load factor at most 3/4: linear probing stays short.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, count + count / 3 + 1));
        var table = ChunkArena<int>.Current.Rent(size);
        var stored = ChunkArena<ulong>.Current.Copy(keys);
        _table = table.Array!;
        _tableOffset = table.Offset;
        _keys = stored.Array!;
        _keysOffset = stored.Offset;
        _shift = 64 - BitOperations.Log2((uint)size);
        _mask = size - 1;
        Count = count;
        var slots = table.AsSpan();
        for (var i = 0; i < count; i++)
        {
            var index = (int)((keys[i] * Multiplier) >> _shift);
            while (slots[index] != 0)
            {
                index = (index + 1) & _mask;
            }
            slots[index] = i + 1;
        }
    }

    /// <summary>The number of n-grams (ids run from 0 to <c>Count − 1</c>).</summary>
    public int Count { get; }

    /// <summary>The id of <paramref name="key"/>, or −1 when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var table = _table;
        var keys = _keys;
        var index = (int)((key * Multiplier) >> _shift);
        while (true)
        {
            var id = table[_tableOffset + index] - 1;
            if (id < 0 || keys[_keysOffset + id] == key)
            {
                return id;
            }
            index = (index + 1) & _mask;
        }
    }
}
