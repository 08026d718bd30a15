using LangGap.Text;

namespace LangGap.Metrics;

/// <summary>Per-thread scratch space for chrF segment statistics.</summary>
/// <remarks>
/// Reference n-grams (characters as code points, and words) go into an <see cref="NgramTable"/> with their counts;
/// each hypothesis n-gram then takes one unit of its reference count when any is left, which sums
/// <c>min(hyp count, ref count)</c> over n-grams exactly as sacrebleu's Counter intersection does.
/// </remarks>
internal sealed class ChrFWorkspace
{
    private const uint WordPrefix = NgramTable.NoPrefix - 1;

    [ThreadStatic] private static ChrFWorkspace? t_current;

    private readonly TokenVocabulary _vocabulary = new();
    private readonly NgramTable _table = new();
    private readonly List<int> _hypChars = [];
    private readonly List<int> _hypWords = [];
    private readonly List<int> _refChars = [];
    private readonly List<List<int>> _refWords = [];
    private int[] _available = new int[1024];

    /// <summary>This thread's workspace.</summary>
    public static ChrFWorkspace Current => t_current ??= new ChrFWorkspace();

    /// <summary>Writes the statistics of the best reference (highest F-score, first on ties) into <paramref name="row"/>.</summary>
    public void Compute(string hypothesis, IReadOnlyList<string> references, ChrFOptions options, Span<double> row)
    {
        _vocabulary.TrimIfLarge();
        while (_refWords.Count < references.Count)
        {
            _refWords.Add([]);
        }
        for (var k = 0; k < references.Count && options.WordOrder > 0; k++)
        {
            _refWords[k].Clear();
            AddWords(references[k], add: true, _refWords[k]);
        }
        CodePoints(hypothesis, options.Whitespace, _hypChars);
        _hypWords.Clear();
        if (options.WordOrder > 0)
        {
            AddWords(hypothesis, add: false, _hypWords);
        }

        Span<double> candidate = row.Length <= 64 ? stackalloc double[row.Length] : new double[row.Length];
        var best = -1.0;
        for (var k = 0; k < references.Count; k++)
        {
            CodePoints(references[k], options.Whitespace, _refChars);
            var words = _refWords[k];
            _table.Reset(_refChars.Count * options.CharOrder + words.Count * options.WordOrder);
            candidate.Clear();
            Match(_refChars, _hypChars, NgramTable.NoPrefix, options.CharOrder, candidate[..(3 * options.CharOrder)]);
            Match(words, _hypWords, WordPrefix, options.WordOrder, candidate[(3 * options.CharOrder)..]);
            var f = ChrFComputation.FScore(candidate, options.Beta, options.EpsSmoothing);
            if (f > best)
            {
                best = f;
                candidate.CopyTo(row);
            }
        }
    }

    private void Match(List<int> reference, List<int> hypothesis, uint unigramPrefix, int maxOrder, Span<double> stats)
    {
        var firstId = _table.Count;
        for (var start = 0; start < reference.Count; start++)
        {
            var prefix = unigramPrefix;
            for (var n = 0; n < maxOrder && start + n < reference.Count; n++)
            {
                var before = _table.Count;
                var id = _table.GetOrAdd(NgramTable.Key(prefix, (uint)reference[start + n]));
                if (id == before)
                {
                    if (id >= _available.Length)
                    {
                        Array.Resize(ref _available, Math.Max(id + 1, _available.Length * 2));
                    }
                    _available[id] = 0;
                }
                _available[id]++;
                prefix = (uint)id;
            }
        }
        for (var start = 0; start < hypothesis.Count; start++)
        {
            var prefix = unigramPrefix;
            for (var n = 0; n < maxOrder && start + n < hypothesis.Count; n++)
            {
                var symbol = hypothesis[start + n];
                if (symbol < 0)
                {
                    break;
                }
                var id = _table.Find(NgramTable.Key(prefix, (uint)symbol));
                if (id < firstId)
                {
                    break; // absent (−1), or belongs to the other n-gram family
                }
                if (_available[id] > 0)
                {
                    _available[id]--;
                    stats[3 * n + 2]++;
                }
                prefix = (uint)id;
            }
        }
        for (var n = 0; n < maxOrder; n++)
        {
            var refCount = Math.Max(0, reference.Count - n);
            // sacrebleu: "Don't count hits if no reference exists for that n-gram".
            stats[3 * n] = refCount > 0 ? Math.Max(0, hypothesis.Count - n) : 0;
            stats[3 * n + 1] = refCount;
        }
    }

    // extract_all_char_ngrams: code points of ''.join(line.split()) unless white space is kept.
    private static void CodePoints(string text, bool keepWhitespace, List<int> target)
    {
        target.Clear();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!keepWhitespace && PythonText.IsSpace(c))
            {
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                target.Add(char.ConvertToUtf32(c, text[++i]));
            }
            else
            {
                target.Add(c);
            }
        }
    }

    // CHRF._remove_punctuation: one trailing, else one leading, ASCII punctuation mark is split off each word.
    private void AddWords(string text, bool add, List<int> target)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && PythonText.IsSpace(span[i]))
            {
                i++;
            }
            var start = i;
            while (i < span.Length && !PythonText.IsSpace(span[i]))
            {
                i++;
            }
            if (i == start)
            {
                continue;
            }
            var word = span[start..i];
            if (word.Length > 1 && IsPunct(word[^1]))
            {
                Add(word[..^1]);
                Add(word[^1..]);
            }
            else if (word.Length > 1 && IsPunct(word[0]))
            {
                Add(word[..1]);
                Add(word[1..]);
            }
            else
            {
                Add(word);
            }
        }

        void Add(ReadOnlySpan<char> word) => target.Add(add ? _vocabulary.GetOrAdd(word) : _vocabulary.Find(word));
    }

    private static bool IsPunct(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';
}
