using System.Numerics;
using System.Runtime.CompilerServices;

namespace LangGap.Metrics;

/// <summary>
/// An open-addressing map from an n-gram key <c>(prefix id, symbol)</c> to a dense n-gram id, cleared in O(1).
/// </summary>
/// <remarks>
/// An n-gram's id is found from its (n−1)-gram prefix's id and its last symbol, so every order shares one table and
/// no n-gram is ever materialised as a string. Ids are dense (0, 1, 2, …) within one <see cref="Reset"/> period, so
/// callers keep counts in plain arrays indexed by id. Key, id and generation stamp share one slot (one cache line
/// per probe). One instance is used by one thread at a time.
/// </remarks>
internal sealed class NgramTable
{
    /// <summary>The prefix id of a unigram.</summary>
    public const uint NoPrefix = uint.MaxValue;

    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

    private Slot[] _slots = new Slot[1024];
    private ulong[] _keys = new ulong[512]; // by id, so freezing copies Count keys rather than scanning every slot
    private int _stamp = 1;
    private int _shift = 64 - 10;

    /// <summary>The number of ids handed out since the last reset.</summary>
    public int Count { get; private set; }

    /// <summary>Forgets every entry and makes room for at least <paramref name="expected"/> insertions.</summary>
    public void Reset(int expected)
    {
        Count = 0;
        var needed = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, expected * 2));
        if (needed > _slots.Length)
        {
            _slots = new Slot[needed];
            _stamp = 1;
            _shift = 64 - BitOperations.Log2((uint)needed);
            return;
        }
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_slots);
            _stamp = 1;
        }
    }

    /// <summary>The key of the n-gram that extends <paramref name="prefix"/> by <paramref name="symbol"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(uint prefix, uint symbol) => ((ulong)prefix << 32) | symbol;

    /// <summary>The id of <paramref name="key"/>, adding it with the next id when absent.</summary>
    public int GetOrAdd(ulong key)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var index = (int)((key * Multiplier) >> _shift);
        while (true)
        {
            ref var slot = ref slots[index];
            if (slot.Stamp != _stamp)
            {
                if (Count * 2 >= slots.Length)
                {
                    Grow();
                    return GetOrAdd(key);
                }
                slot.Stamp = _stamp;
                slot.Key = key;
                slot.Value = Count;
                if (Count == _keys.Length)
                {
                    Array.Resize(ref _keys, _keys.Length * 2);
                }
                _keys[Count] = key;
                return Count++;
            }
            if (slot.Key == key)
            {
                return slot.Value;
            }
            index = (index + 1) & mask;
        }
    }

    /// <summary>The id of <paramref name="key"/>, or −1 when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var index = (int)((key * Multiplier) >> _shift);
        while (true)
        {
            ref var slot = ref slots[index];
            if (slot.Stamp != _stamp)
            {
                return -1;
            }
            if (slot.Key == key)
            {
                return slot.Value;
            }
            index = (index + 1) & mask;
        }
    }

    /// <summary>A read-only copy of the current entries, with the same ids.</summary>
    public FrozenNgramSet Freeze() => new(_keys.AsSpan(0, Count));

    private void Grow()
    {
        var old = _slots;
        var oldStamp = _stamp;
        _slots = new Slot[old.Length * 2];
        _stamp = 1;
        _shift = 64 - BitOperations.Log2((uint)_slots.Length);
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Stamp != oldStamp)
            {
                continue;
            }
            var index = (int)((entry.Key * Multiplier) >> _shift);
            while (_slots[index].Stamp == _stamp)
            {
                index = (index + 1) & mask;
            }
            _slots[index] = new Slot { Key = entry.Key, Value = entry.Value, Stamp = _stamp };
        }
    }

    private struct Slot
    {
        public ulong Key;
        public int Value;
        public int Stamp;
    }
}
