namespace LangGap.Metrics;

/// <summary>Maps word tokens to small integer ids without allocating for tokens already seen (one per thread).</summary>
internal sealed class TokenVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TokenVocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Forgets every token when the vocabulary has grown large; call only between segments.</summary>
    /// <remarks>Ids are only ever compared within one segment, so forgetting between segments is safe.</remarks>
    public void TrimIfLarge()
    {
        if (_ids.Count > 2_000_000)
        {
            _ids.Clear();
        }
    }

    /// <summary>Appends the ids of the white-space separated words of <paramref name="text"/> (Python's <c>split()</c>);
    /// unknown words get −1 unless <paramref name="add"/>.</summary>
    public void Split(ReadOnlySpan<char> text, bool add, List<int> ids)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && LangGap.Text.PythonText.IsSpace(text[i]))
            {
                i++;
            }
            var start = i;
            while (i < text.Length && !LangGap.Text.PythonText.IsSpace(text[i]))
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
        if (_lookup.TryGetValue(token, out var id))
        {
            return id;
        }
        id = _ids.Count;
        _lookup.TryAdd(token, id);
        return id;
    }

    /// <summary>The id of <paramref name="token"/>, or −1 when it was never added.</summary>
    public int Find(ReadOnlySpan<char> token) => _lookup.TryGetValue(token, out var id) ? id : -1;
}
