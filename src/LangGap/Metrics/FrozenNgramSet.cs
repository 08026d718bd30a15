using System.Numerics;
using System.Runtime.CompilerServices;

namespace LangGap.Metrics;

/// <summary>A read-only copy of an <see cref="NgramTable"/>'s entries (same keys, same dense ids), safe to share between threads.</summary>
internal sealed class FrozenNgramSet
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;
    private readonly Slot[] _slots;
    private readonly int _shift;

    /// <summary>Creates the set from <paramref name="keys"/>, each key's id being its index.</summary>
    public FrozenNgramSet(ReadOnlySpan<ulong> keys)
    {
        var count = keys.Length;
        // Load factor at most 3/4: linear probing stays short and the sets stay small enough to cache per segment.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, count + count / 3 + 1));
        _slots = new Slot[size];
        _slots.AsSpan().Fill(new Slot { Id = -1 });
        _shift = 64 - BitOperations.Log2((uint)size);
        var mask = size - 1;
        Count = count;
        for (var i = 0; i < count; i++)
        {
            var index = (int)((keys[i] * Multiplier) >> _shift);
            while (_slots[index].Id >= 0)
            {
                index = (index + 1) & mask;
            }
            _slots[index] = new Slot { Key = keys[i], Id = i };
        }
    }

    /// <summary>The number of n-grams (ids run from 0 to <c>Count − 1</c>).</summary>
    public int Count { get; }

    /// <summary>The id of <paramref name="key"/>, or −1 when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var index = (int)((key * Multiplier) >> _shift);
        while (true)
        {
            ref readonly var slot = ref slots[index];
            if (slot.Id < 0 || slot.Key == key)
            {
                return slot.Id;
            }
            index = (index + 1) & mask;
        }
    }

    private struct Slot
    {
        public ulong Key;
        public int Id;
    }
}
