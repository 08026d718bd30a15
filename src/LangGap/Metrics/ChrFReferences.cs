namespace LangGap.Metrics;

/// <summary>chrF's reference side, prepared once per reference set: for each segment and reference, its n-gram set and counts.</summary>
internal sealed class ChrFReferences
{
    /// <summary>The unigram prefix of word n-grams, which keeps them apart from character n-grams in one set.</summary>
    public const uint WordPrefix = NgramTable.NoPrefix - 1;

    private ChrFReferences(TokenVocabulary vocabulary, Entry[][] segments)
    {
        Vocabulary = vocabulary;
        Segments = segments;
    }

    /// <summary>Every reference word (chrF++); hypothesis words outside it cannot match.</summary>
    public TokenVocabulary Vocabulary { get; }

    /// <summary>For each segment, one entry per reference.</summary>
    public Entry[][] Segments { get; }

    /// <summary>One reference of one segment: its n-grams, their counts by id, and its character and word counts.</summary>
    public sealed record Entry(FrozenNgramSet Ngrams, ArraySegment<int> Counts, int Characters, int Words);

    /// <summary>Preprocesses and indexes <paramref name="references"/>.</summary>
    public static ChrFReferences Build(IReadOnlyList<IReadOnlyList<string>> references, Func<string, string> preprocess, ChrFOptions options)
    {
        var count = references[0].Count;
        var texts = new string[references.Count][];
        for (var k = 0; k < references.Count; k++)
        {
            var stream = references[k];
            var lines = texts[k] = new string[count];
            SegmentParallel.For(count, i => lines[i] = preprocess(stream[i] ?? throw new ArgumentException($"Reference {i + 1} is null.", nameof(references))));
        }
        var vocabulary = new TokenVocabulary();
        var words = new int[references.Count][][];
        var buffer = new List<int>();
        for (var k = 0; k < references.Count; k++)
        {
            words[k] = new int[count][];
            for (var i = 0; i < count; i++)
            {
                if (options.WordOrder > 0)
                {
                    ChrFText.Words(texts[k][i], vocabulary, add: true, buffer);
                    words[k][i] = [.. buffer];
                }
                else
                {
                    words[k][i] = [];
                }
            }
        }
        var segments = new Entry[count][];
        SegmentParallel.For(count, i =>
        {
            var entries = new Entry[references.Count];
            for (var k = 0; k < entries.Length; k++)
            {
                entries[k] = BuildEntry(texts[k][i], words[k][i], options);
            }
            segments[i] = entries;
        });
        return new ChrFReferences(vocabulary, segments);
    }

    private static Entry BuildEntry(string text, int[] words, ChrFOptions options)
    {
        var scratch = Scratch.Current;
        ChrFText.CodePoints(text, options.Whitespace, scratch.Chars);
        var chars = scratch.Chars;
        var table = scratch.Table;
        var bound = chars.Count * options.CharOrder + words.Length * options.WordOrder;
        table.Reset(bound);
        if (bound > scratch.Counts.Length)
        {
            scratch.Counts = new int[Math.Max(bound, scratch.Counts.Length * 2)];
        }
        var counts = scratch.Counts;
        for (var start = 0; start < chars.Count; start++)
        {
            var prefix = NgramTable.NoPrefix;
            for (var n = 0; n < options.CharOrder && start + n < chars.Count; n++)
            {
                prefix = Count(table, counts, NgramTable.Key(prefix, (uint)chars[start + n]));
            }
        }
        for (var start = 0; start < words.Length; start++)
        {
            var prefix = WordPrefix;
            for (var n = 0; n < options.WordOrder && start + n < words.Length; n++)
            {
                prefix = Count(table, counts, NgramTable.Key(prefix, (uint)words[start + n]));
            }
        }
        return new Entry(table.Freeze(), ChunkArena<int>.Current.Copy(counts.AsSpan(0, table.Count)), chars.Count, words.Length);
    }

    private static uint Count(NgramTable table, int[] counts, ulong key)
    {
        var before = table.Count;
        var id = table.GetOrAdd(key);
        if (id == before)
        {
            counts[id] = 0;
        }
        counts[id]++;
        return (uint)id;
    }

    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? t_current;

        public static Scratch Current => t_current ??= new Scratch();

        public NgramTable Table { get; } = new();

        public List<int> Chars { get; } = [];

        public int[] Counts { get; set; } = new int[1024];
    }
}
