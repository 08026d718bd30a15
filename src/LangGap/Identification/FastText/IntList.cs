namespace LangGap.Identification.FastText;

/// <summary>A reusable growable list of integers, so that predicting a line allocates nothing once warm.</summary>
internal sealed class IntList
{
    private int[] _items = new int[256];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Span => _items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(int value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }
        _items[Count++] = value;
    }

    public void AddRange(ReadOnlySpan<int> values)
    {
        if (Count + values.Length > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(_items.Length * 2, Count + values.Length));
        }
        values.CopyTo(_items.AsSpan(Count));
        Count += values.Length;
    }
}
