using System.Runtime.InteropServices;

namespace LangGap.Metrics;

/// <summary>Per-thread scratch space for BLEU segment statistics against prepared references.</summary>
internal sealed class BleuWorkspace
{
    [ThreadStatic] private static BleuWorkspace? t_current;

    private readonly List<int> _hypothesis = [];
    private int[] _hypCount = new int[1024];

    /// <summary>This thread's workspace.</summary>
    public static BleuWorkspace Current => t_current ??= new BleuWorkspace();

    /// <summary>Writes <c>[hyp_len, ref_len, correct…, total…]</c> for one preprocessed hypothesis into <paramref name="row"/>.</summary>
    public void Compute(string hypothesis, BleuReferences references, int index, int maxOrder, Span<double> row)
    {
        var segment = references.Segments[index];
        var ngrams = segment.Ngrams;
        if (ngrams.Count > _hypCount.Length)
        {
            _hypCount = new int[Math.Max(ngrams.Count, _hypCount.Length * 2)];
        }
        Array.Clear(_hypCount, 0, ngrams.Count);

        _hypothesis.Clear();
        references.Vocabulary.Split(hypothesis, add: false, _hypothesis);
        var hypLength = _hypothesis.Count;
        row.Clear();
        row[0] = hypLength;
        row[1] = ClosestReferenceLength(hypLength, segment.Lengths);
        var correct = row.Slice(2, maxOrder);
        var total = row.Slice(2 + maxOrder, maxOrder);
        for (var n = 0; n < maxOrder; n++)
        {
            total[n] = Math.Max(0, hypLength - n);
        }
        var maxCounts = segment.MaxCounts.AsSpan();
        var tokens = CollectionsMarshal.AsSpan(_hypothesis);
        var hypCount = _hypCount;
        for (var start = 0; start < hypLength; start++)
        {
            var prefix = NgramTable.NoPrefix;
            for (var n = 0; n < maxOrder && start + n < hypLength; n++)
            {
                var token = tokens[start + n];
                if (token < 0)
                {
                    break;
                }
                var id = ngrams.Find(NgramTable.Key(prefix, (uint)token));
                if (id < 0)
                {
                    break; // no reference n-gram extends an unmatched prefix
                }
                if (++hypCount[id] <= maxCounts[id])
                {
                    correct[n]++;
                }
                prefix = (uint)id;
            }
        }
    }

    // sacrebleu's _get_closest_ref_len: the smallest difference wins, the shorter reference on ties.
    private static int ClosestReferenceLength(int hypLength, int[] refLengths)
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
}
