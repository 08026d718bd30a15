using LangGap.Text;

namespace LangGap.Metrics;

/// <summary>Maps word tokens to small integer ids; lookups hash the span and never allocate.</summary>
/// <remarks>
/// Open addressing on a 64-bit FNV-1a hash, confirmed by comparing the characters, so two tokens share an id only
/// when they are equal. Built by one thread; once built, any number of threads may call <see cref="Find"/> and
/// <see cref="Split"/> with <c>add: false</c>.
/// </remarks>
internal sealed class TokenVocabulary
{
    private ulong[] _hashes = new ulong[1024];
    private int[] _ids = CreateIds(1024);
    private string[] _tokens = new string[1024];
    private int _count;

    /// <summary>Appends the ids of the white-space separated words of <paramref name="text"/> (Python's <c>split()</c>);
    /// unknown words get −1 unless <paramref name="add"/>.</summary>
    public void Split(ReadOnlySpan<char> text, bool add, List<int> ids)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && PythonText.IsSpace(text[i]))
            {
                i++;
            }
            var start = i;
            while (i < text.Length && !PythonText.IsSpace(text[i]))
            {
                i++;
            }
            if (i > start)
            {
                var word = text[start..i];
                ids.Add(add ? GetOrAdd(word) : Find(word));
            }
        }
    }

    /// <summary>The id of <paramref name="token"/>, adding it when new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> token)
    {
        var hash = Hash(token);
        var slot = Probe(token, hash);
        if (_ids[slot] >= 0)
        {
            return _ids[slot];
        }
        if ((_count + 1) * 2 > _ids.Length)
        {
            Grow();
            slot = Probe(token, hash);
        }
        _hashes[slot] = hash;
        _tokens[slot] = token.ToString();
        _ids[slot] = _count;
        return _count++;
    }

    /// <summary>The id of <paramref name="token"/>, or −1 when it was never added.</summary>
    public int Find(ReadOnlySpan<char> token) => _ids[Probe(token, Hash(token))];

    // The slot holding the token, or the empty slot where it would go.
    private int Probe(ReadOnlySpan<char> token, ulong hash)
    {
        var mask = _ids.Length - 1;
        var slot = (int)(hash & (ulong)mask);
        while (_ids[slot] >= 0 && (_hashes[slot] != hash || !token.SequenceEqual(_tokens[slot])))
        {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void Grow()
    {
        var (hashes, ids, tokens) = (_hashes, _ids, _tokens);
        _hashes = new ulong[hashes.Length * 2];
        _ids = CreateIds(hashes.Length * 2);
        _tokens = new string[hashes.Length * 2];
        var mask = _ids.Length - 1;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] < 0)
            {
                continue;
            }
            var slot = (int)(hashes[i] & (ulong)mask);
            while (_ids[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }
            (_hashes[slot], _ids[slot], _tokens[slot]) = (hashes[i], ids[i], tokens[i]);
        }
    }

    private static int[] CreateIds(int size)
    {
        var ids = new int[size];
        Array.Fill(ids, -1);
        return ids;
    }

    private static ulong Hash(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        // FNV's low bits mix poorly; fold the high bits in before masking.
        return hash ^ (hash >> 29) ^ (hash >> 47);
    }
}
