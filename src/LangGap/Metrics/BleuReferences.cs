namespace LangGap.Metrics;

/// <summary>BLEU's reference side, prepared once per reference set: token ids, per-segment n-gram sets with clipped counts, and lengths.</summary>
internal sealed class BleuReferences
{
    private BleuReferences(TokenVocabulary vocabulary, Segment[] segments)
    {
        Vocabulary = vocabulary;
        Segments = segments;
    }

    /// <summary>Every reference token; hypothesis tokens outside it cannot match.</summary>
    public TokenVocabulary Vocabulary { get; }

    /// <summary>One entry per segment.</summary>
    public Segment[] Segments { get; }

    /// <summary>A segment's reference n-grams (max count over references, by id) and reference lengths.</summary>
    public sealed record Segment(FrozenNgramSet Ngrams, ArraySegment<int> MaxCounts, int[] Lengths);

    /// <summary>Preprocesses and indexes <paramref name="references"/>.</summary>
    public static BleuReferences Build(IReadOnlyList<IReadOnlyList<string>> references, Func<string, string> preprocess, int maxOrder)
    {
        var count = references[0].Count;
        var tokenized = new string[references.Count][];
        for (var k = 0; k < references.Count; k++)
        {
            var stream = references[k];
            var lines = tokenized[k] = new string[count];
            SegmentParallel.For(count, i => lines[i] = preprocess(stream[i] ?? throw new ArgumentException($"Reference {i + 1} is null.", nameof(references))));
        }
        // Ids are assigned on one thread; afterwards the vocabulary is only read.
        var vocabulary = new TokenVocabulary();
        var ids = new int[references.Count][][];
        var buffer = new List<int>();
        for (var k = 0; k < references.Count; k++)
        {
            ids[k] = new int[count][];
            for (var i = 0; i < count; i++)
            {
                buffer.Clear();
                vocabulary.Split(tokenized[k][i], add: true, buffer);
                ids[k][i] = [.. buffer];
            }
        }
        var segments = new Segment[count];
        SegmentParallel.For(count, i => segments[i] = BuildSegment(ids, i, maxOrder));
        return new BleuReferences(vocabulary, segments);
    }

    private static Segment BuildSegment(int[][][] ids, int index, int maxOrder)
    {
        var scratch = Scratch.Current;
        var table = scratch.Table;
        var bound = 0;
        foreach (var stream in ids)
        {
            bound += stream[index].Length * maxOrder;
        }
        table.Reset(bound);
        scratch.Ensure(bound);
        var lengths = new int[ids.Length];
        for (var k = 0; k < ids.Length; k++)
        {
            var tokens = ids[k][index];
            lengths[k] = tokens.Length;
            for (var start = 0; start < tokens.Length; start++)
            {
                var prefix = NgramTable.NoPrefix;
                for (var n = 0; n < maxOrder && start + n < tokens.Length; n++)
                {
                    var before = table.Count;
                    var id = table.GetOrAdd(NgramTable.Key(prefix, (uint)tokens[start + n]));
                    if (id == before)
                    {
                        scratch.Max[id] = 0;
                        scratch.Counts[id] = 0;
                    }
                    scratch.Counts[id]++;
                    prefix = (uint)id;
                }
            }
            // sacrebleu merges references by keeping each n-gram's highest count.
            for (var id = 0; id < table.Count; id++)
            {
                scratch.Max[id] = Math.Max(scratch.Max[id], scratch.Counts[id]);
                scratch.Counts[id] = 0;
            }
        }
        return new Segment(table.Freeze(), ChunkArena<int>.Current.Copy(scratch.Max.AsSpan(0, table.Count)), lengths);
    }

    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? t_current;

        public static Scratch Current => t_current ??= new Scratch();

        public NgramTable Table { get; } = new();

        public int[] Max { get; private set; } = new int[1024];

        public int[] Counts { get; private set; } = new int[1024];

        public void Ensure(int size)
        {
            if (size > Max.Length)
            {
                Max = new int[Math.Max(size, Max.Length * 2)];
                Counts = new int[Max.Length];
            }
        }
    }
}
