namespace LangGap.Metrics;

/// <summary>Per-thread scratch space for BLEU segment statistics: token ids, the n-gram table and count arrays.</summary>
internal sealed class BleuWorkspace
{
    [ThreadStatic] private static BleuWorkspace? t_current;

    private readonly TokenVocabulary _vocabulary = new();
    private readonly NgramTable _table = new();
    private readonly List<int> _hypothesis = [];
    private readonly List<List<int>> _references = [];
    private int[] _refMax = new int[1024];
    private int[] _refCount = new int[1024];
    private int[] _hypCount = new int[1024];

    /// <summary>This thread's workspace.</summary>
    public static BleuWorkspace Current => t_current ??= new BleuWorkspace();

    /// <summary>Writes segment <paramref name="index"/>'s statistics into <paramref name="row"/>.</summary>
    public void Compute(string hypothesis, string[][] references, int index, int maxOrder, Span<double> row)
    {
        _vocabulary.TrimIfLarge();
        while (_references.Count < references.Length)
        {
            _references.Add([]);
        }
        var bound = 0;
        for (var k = 0; k < references.Length; k++)
        {
            var ids = _references[k];
            ids.Clear();
            _vocabulary.Split(references[k][index], add: true, ids);
            bound += ids.Count * maxOrder;
        }
        _table.Reset(bound);
        EnsureCapacity(bound);

        Span<int> refLengths = references.Length <= 16 ? stackalloc int[references.Length] : new int[references.Length];
        for (var k = 0; k < references.Length; k++)
        {
            var ids = _references[k];
            refLengths[k] = ids.Count;
            CountReference(ids, maxOrder);
            for (var id = 0; id < _table.Count; id++)
            {
                _refMax[id] = Math.Max(_refMax[id], _refCount[id]);
                _refCount[id] = 0;
            }
        }

        _hypothesis.Clear();
        _vocabulary.Split(hypothesis, add: false, _hypothesis);
        var hypLength = _hypothesis.Count;
        row.Clear();
        row[0] = hypLength;
        row[1] = ClosestReferenceLength(hypLength, refLengths);
        var correct = row.Slice(2, maxOrder);
        var total = row.Slice(2 + maxOrder, maxOrder);
        for (var n = 0; n < maxOrder; n++)
        {
            total[n] = Math.Max(0, hypLength - n);
        }
        for (var start = 0; start < hypLength; start++)
        {
            var prefix = NgramTable.NoPrefix;
            for (var n = 0; n < maxOrder && start + n < hypLength; n++)
            {
                var token = _hypothesis[start + n];
                if (token < 0)
                {
                    break;
                }
                var id = _table.Find(NgramTable.Key(prefix, (uint)token));
                if (id < 0)
                {
                    break;
                }
                if (++_hypCount[id] <= _refMax[id])
                {
                    correct[n]++;
                }
                prefix = (uint)id;
            }
        }
    }

    private void CountReference(List<int> ids, int maxOrder)
    {
        for (var start = 0; start < ids.Count; start++)
        {
            var prefix = NgramTable.NoPrefix;
            for (var n = 0; n < maxOrder && start + n < ids.Count; n++)
            {
                var before = _table.Count;
                var id = _table.GetOrAdd(NgramTable.Key(prefix, (uint)ids[start + n]));
                if (id == before)
                {
                    _refMax[id] = 0;
                    _hypCount[id] = 0;
                    _refCount[id] = 0;
                }
                _refCount[id]++;
                prefix = (uint)id;
            }
        }
    }

    // sacrebleu's _get_closest_ref_len: the smallest difference wins, the shorter reference on ties.
    private static int ClosestReferenceLength(int hypLength, ReadOnlySpan<int> refLengths)
    {
        int closestDiff = -1, closestLength = -1;
        foreach (var length in refLengths)
        {
            var diff = Math.Abs(hypLength - length);
            if (closestDiff == -1 || diff < closestDiff)
            {
                closestDiff = diff;
                closestLength = length;
            }
            else if (diff == closestDiff && length < closestLength)
            {
                closestLength = length;
            }
        }
        return closestLength;
    }

    private void EnsureCapacity(int size)
    {
        if (size > _refMax.Length)
        {
            var length = Math.Max(size, _refMax.Length * 2);
            _refMax = new int[length];
            _refCount = new int[length];
            _hypCount = new int[length];
        }
    }
}
