using System.Numerics;

namespace LangGap.Metrics;

/// <summary>
/// An open-addressing map from an n-gram key <c>(prefix id, symbol)</c> to a dense n-gram id, cleared in O(1).
/// </summary>
/// <remarks>
/// An n-gram's id is found from its (n−1)-gram prefix's id and its last symbol, so every order shares one table and
/// no n-gram is ever materialised as a string. Ids are dense (0, 1, 2, …) within one <see cref="Reset"/> period, so
/// callers keep counts in plain arrays indexed by id. One instance is used by one thread at a time.
/// </remarks>
internal sealed class NgramTable
{
    /// <summary>The prefix id of a unigram.</summary>
    public const uint NoPrefix = uint.MaxValue;

    private ulong[] _keys = new ulong[1024];
    private int[] _values = new int[1024];
    private int[] _stamps = new int[1024];
    private int _stamp = 1;
    private int _shift = 64 - 10;

    /// <summary>The number of ids handed out since the last reset.</summary>
    public int Count { get; private set; }

    /// <summary>Forgets every entry and makes room for at least <paramref name="expected"/> insertions.</summary>
    public void Reset(int expected)
    {
        Count = 0;
        var needed = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, expected * 2));
        if (needed > _keys.Length)
        {
            _keys = new ulong[needed];
            _values = new int[needed];
            _stamps = new int[needed];
            _stamp = 1;
            _shift = 64 - BitOperations.Log2((uint)needed);
            return;
        }
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }

    /// <summary>The key of the n-gram that extends <paramref name="prefix"/> by <paramref name="symbol"/>.</summary>
    public static ulong Key(uint prefix, uint symbol) => ((ulong)prefix << 32) | symbol;

    /// <summary>The id of <paramref name="key"/>, adding it with the next id when absent.</summary>
    public int GetOrAdd(ulong key)
    {
        var mask = _keys.Length - 1;
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
        while (_stamps[slot] == _stamp)
        {
            if (_keys[slot] == key)
            {
                return _values[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (Count * 2 >= _keys.Length)
        {
            Grow();
            return GetOrAdd(key);
        }
        _stamps[slot] = _stamp;
        _keys[slot] = key;
        _values[slot] = Count;
        return Count++;
    }

    /// <summary>The id of <paramref name="key"/>, or −1 when absent.</summary>
    public int Find(ulong key)
    {
        var mask = _keys.Length - 1;
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
        while (_stamps[slot] == _stamp)
        {
            if (_keys[slot] == key)
            {
                return _values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldValues = _values;
        var oldStamps = _stamps;
        var oldStamp = _stamp;
        var size = oldKeys.Length * 2;
        _keys = new ulong[size];
        _values = new int[size];
        _stamps = new int[size];
        _stamp = 1;
        _shift = 64 - BitOperations.Log2((uint)size);
        var mask = size - 1;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldStamps[i] != oldStamp)
            {
                continue;
            }
            var slot = (int)((oldKeys[i] * 0x9E3779B97F4A7C15UL) >> _shift);
            while (_stamps[slot] == _stamp)
            {
                slot = (slot + 1) & mask;
            }
            _stamps[slot] = _stamp;
            _keys[slot] = oldKeys[i];
            _values[slot] = oldValues[i];
        }
    }
}
