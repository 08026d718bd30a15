namespace LangGap.Identification.FastText;

/// <summary>
/// The k best (log-probability, label) pairs, kept in a min-heap with the same sift rules as the C++ standard
/// library's <c>push_heap</c>/<c>pop_heap</c>/<c>sort_heap</c> (libstdc++), so that ties come out in
/// fastText's order.
/// </summary>
internal sealed class LabelHeap
{
    private (float Score, int Label)[] _items = new (float, int)[16];

    public int Count { get; private set; }

    /// <summary>The smallest score held (the heap's front).</summary>
    public float Front => _items[0].Score;

    public (float Score, int Label) this[int index] => _items[index];

    public void Clear() => Count = 0;

    /// <summary>Adds a pair and, when more than <paramref name="k"/> are held, drops the smallest.</summary>
    public void Push(float score, int label, int k)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }
        _items[Count++] = (score, label);
        SiftUp(Count - 1, 0, _items[Count - 1]);
        if (Count > k)
        {
            PopToEnd(Count);
            Count--;
        }
    }

    /// <summary>Orders the held pairs by descending score (<c>std::sort_heap</c> with fastText's comparator).</summary>
    public void SortDescending()
    {
        for (var last = Count; last > 1; last--)
        {
            PopToEnd(last);
        }
    }

    // The comparator fastText passes to the heap functions: "a before b" when a's score is greater.
    private static bool Before((float Score, int Label) a, (float Score, int Label) b) => a.Score > b.Score;

    private void SiftUp(int hole, int top, (float Score, int Label) value)
    {
        var parent = (hole - 1) / 2;
        while (hole > top && Before(_items[parent], value))
        {
            _items[hole] = _items[parent];
            hole = parent;
            parent = (hole - 1) / 2;
        }
        _items[hole] = value;
    }

    /// <summary>Moves the front to position <paramref name="length"/> − 1 and re-heaps the rest.</summary>
    private void PopToEnd(int length)
    {
        var last = length - 1;
        var value = _items[last];
        _items[last] = _items[0];
        AdjustDown(0, last, value);
    }

    private void AdjustDown(int hole, int length, (float Score, int Label) value)
    {
        var top = hole;
        var child = hole;
        while (child < (length - 1) / 2)
        {
            child = 2 * (child + 1);
            if (Before(_items[child], _items[child - 1]))
            {
                child--;
            }
            _items[hole] = _items[child];
            hole = child;
        }
        if ((length & 1) == 0 && child == (length - 2) / 2)
        {
            child = 2 * (child + 1);
            _items[hole] = _items[child - 1];
            hole = child - 1;
        }
        SiftUp(hole, top, value);
    }
}
