using System.Runtime.InteropServices;

namespace LangGap.Metrics;

/// <summary>Per-thread scratch space for chrF segment statistics against prepared references.</summary>
/// <remarks>
/// Each hypothesis n-gram takes one unit of its reference count while any is left, which sums
/// <c>min(hyp count, ref count)</c> over n-grams exactly as sacrebleu's Counter intersection does.
/// </remarks>
internal sealed class ChrFWorkspace
{
    [ThreadStatic] private static ChrFWorkspace? t_current;

    private readonly List<int> _chars = [];
    private readonly List<int> _words = [];
    private int[] _available = new int[1024];

    /// <summary>This thread's workspace.</summary>
    public static ChrFWorkspace Current => t_current ??= new ChrFWorkspace();

    /// <summary>Writes the statistics of the best reference (highest F-score, first on ties) into <paramref name="row"/>.</summary>
    public void Compute(string hypothesis, ChrFReferences references, int index, ChrFOptions options, Span<double> row)
    {
        ChrFText.CodePoints(hypothesis, options.Whitespace, _chars);
        _words.Clear();
        if (options.WordOrder > 0)
        {
            ChrFText.Words(hypothesis, references.Vocabulary, add: false, _words);
        }
        Span<double> candidate = row.Length <= 64 ? stackalloc double[row.Length] : new double[row.Length];
        var best = -1.0;
        foreach (var entry in references.Segments[index])
        {
            if (entry.Counts.Count > _available.Length)
            {
                _available = new int[Math.Max(entry.Counts.Count, _available.Length * 2)];
            }
            entry.Counts.AsSpan().CopyTo(_available);
            candidate.Clear();
            Match(entry.Ngrams, CollectionsMarshal.AsSpan(_chars), entry.Characters, NgramTable.NoPrefix, options.CharOrder, candidate[..(3 * options.CharOrder)]);
            Match(entry.Ngrams, CollectionsMarshal.AsSpan(_words), entry.Words, ChrFReferences.WordPrefix, options.WordOrder, candidate[(3 * options.CharOrder)..]);
            var f = ChrFComputation.FScore(candidate, options.Beta, options.EpsSmoothing);
            if (f > best)
            {
                best = f;
                candidate.CopyTo(row);
            }
        }
    }

    private void Match(FrozenNgramSet ngrams, ReadOnlySpan<int> hypothesis, int referenceLength, uint unigramPrefix, int maxOrder, Span<double> stats)
    {
        Span<int> matches = stackalloc int[maxOrder];
        var available = _available;
        for (var start = 0; start < hypothesis.Length; start++)
        {
            var prefix = unigramPrefix;
            var end = Math.Min(hypothesis.Length, start + maxOrder);
            for (var at = start; at < end; at++)
            {
                var symbol = hypothesis[at];
                if (symbol < 0)
                {
                    break;
                }
                var id = ngrams.Find(NgramTable.Key(prefix, (uint)symbol));
                if (id < 0)
                {
                    break; // no reference n-gram extends an unmatched prefix
                }
                if (available[id] > 0)
                {
                    available[id]--;
                    matches[at - start]++;
                }
                prefix = (uint)id;
            }
        }
        for (var n = 0; n < maxOrder; n++)
        {
            var refCount = Math.Max(0, referenceLength - n);
            // sacrebleu: "Don't count hits if no reference exists for that n-gram".
            stats[3 * n] = refCount > 0 ? Math.Max(0, hypothesis.Length - n) : 0;
            stats[3 * n + 1] = refCount;
            stats[3 * n + 2] = matches[n];
        }
    }
}
