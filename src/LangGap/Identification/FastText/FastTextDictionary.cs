using System.Text;

namespace LangGap.Identification.FastText;

/// <summary>
/// A fastText dictionary: words then labels, their lookup table, the pruned-bucket map of quantized models, and
/// each word's precomputed input rows (the word itself followed by its character n-grams).
/// </summary>
internal sealed partial class FastTextDictionary
{
    private static readonly byte[] LabelPrefix = "__label__"u8.ToArray();
    private static readonly byte[] EndOfSentence = "</s>"u8.ToArray();

    private readonly FastTextArgs _args;
    private readonly byte[] _text;
    private readonly int[] _textStart;
    private readonly uint[] _hashes;
    private readonly bool[] _isLabel;
    private readonly int[] _slots;
    private readonly int _slotMask;
    private readonly long _pruneCount;
    private readonly PrunedBuckets? _pruned;
    private readonly FastModulo _bucketModulo;
    private readonly int[] _rows;
    private readonly int[] _rowStart;

    private FastTextDictionary(FastTextArgs args, byte[] text, int[] textStart, bool[] isLabel, int nwords, long[] counts,
        long pruneCount, Dictionary<int, int>? pruned)
    {
        _args = args;
        _text = text;
        _textStart = textStart;
        _isLabel = isLabel;
        WordCount = nwords;
        LabelCount = isLabel.Length - nwords;
        LabelCounts = counts[nwords..];
        _pruneCount = pruneCount;
        _pruned = pruned is null ? null : new PrunedBuckets(pruned, args.Bucket);
        _bucketModulo = new FastModulo((uint)Math.Max(args.Bucket, 1));

        _hashes = new uint[isLabel.Length];
        var capacity = 16;
        while (capacity < isLabel.Length * 2)
        {
            capacity *= 2;
        }
        _slots = new int[capacity];
        _slotMask = capacity - 1;
        for (var i = 0; i < isLabel.Length; i++)
        {
            var word = Word(i);
            _hashes[i] = FastTextHash.Of(word);
            // As in fastText, a repeated entry takes over the slot of the earlier one.
            var slot = (int)(_hashes[i] & (uint)_slotMask);
            while (_slots[slot] != 0 && !(_hashes[_slots[slot] - 1] == _hashes[i] && Word(_slots[slot] - 1).SequenceEqual(word)))
            {
                slot = (slot + 1) & _slotMask;
            }
            _slots[slot] = i + 1;
        }
        (_rows, _rowStart) = PrecomputeWordRows();
    }

    /// <summary>Number of words (input vocabulary).</summary>
    public int WordCount { get; }

    /// <summary>Number of labels (classes).</summary>
    public int LabelCount { get; }

    /// <summary>How often each label occurred in training (used to build the hierarchical-softmax tree).</summary>
    public long[] LabelCounts { get; }

    /// <summary>True when a quantized model dropped some n-gram buckets (then only kept ones map to rows).</summary>
    public bool IsPruned => _pruneCount >= 0;

    /// <summary>The label text of class <paramref name="index"/>, e.g. <c>__label__de</c>.</summary>
    public string Label(int index) => Encoding.UTF8.GetString(Word(WordCount + index));

    /// <summary>Reads the dictionary as fastText's <c>Dictionary::save</c> writes it.</summary>
    public static FastTextDictionary Read(ref ModelReader reader, FastTextArgs args)
    {
        var size = reader.ReadInt32("the dictionary size");
        var nwords = reader.ReadInt32("the dictionary word count");
        var nlabels = reader.ReadInt32("the dictionary label count");
        reader.ReadInt64("the dictionary token count");
        var pruneCount = reader.ReadInt64("the dictionary prune-index size");
        if (size < 0 || nwords < 0 || nlabels < 0 || size != nwords + nlabels)
        {
            throw reader.Corrupt($"the dictionary holds {size} entries but {nwords} words and {nlabels} labels");
        }
        using var text = new MemoryStream();
        var textStart = new int[size + 1];
        var isLabel = new bool[size];
        var counts = new long[size];
        for (var i = 0; i < size; i++)
        {
            textStart[i] = (int)text.Length;
            text.Write(reader.ReadZeroTerminated($"dictionary entry {i}"));
            counts[i] = reader.ReadInt64($"the count of dictionary entry {i}");
            var type = reader.ReadSByte($"the type of dictionary entry {i}");
            if (type is not (0 or 1) || (type == 1) != (i >= nwords))
            {
                throw reader.Corrupt($"dictionary entry {i} has type {type}; words must come first, then labels");
            }
            isLabel[i] = type == 1;
        }
        textStart[size] = (int)text.Length;
        Dictionary<int, int>? pruned = null;
        if (pruneCount > 0)
        {
            pruned = new Dictionary<int, int>((int)Math.Min(pruneCount, 1 << 24));
            for (long i = 0; i < pruneCount; i++)
            {
                var bucket = reader.ReadInt32("the prune index");
                pruned[bucket] = reader.ReadInt32("the prune index");
            }
        }
        return new FastTextDictionary(args, text.ToArray(), textStart, isLabel, nwords, counts, pruneCount, pruned);
    }

    private ReadOnlySpan<byte> Word(int index) => _text.AsSpan(_textStart[index], _textStart[index + 1] - _textStart[index]);

    /// <summary>The entry id of <paramref name="word"/>, or -1 when it is not in the dictionary.</summary>
    public int Find(ReadOnlySpan<byte> word, uint hash)
    {
        var slot = (int)(hash & (uint)_slotMask);
        while (true)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }
            if (_hashes[entry] == hash && Word(entry).SequenceEqual(word))
            {
                return entry;
            }
            slot = (slot + 1) & _slotMask;
        }
    }

    private (int[] Rows, int[] Start) PrecomputeWordRows()
    {
        var rows = new IntList();
        var start = new int[WordCount + 1];
        var bracketed = new byte[64];
        for (var i = 0; i < WordCount; i++)
        {
            start[i] = rows.Count;
            rows.Add(i);
            var word = Word(i);
            if (!word.SequenceEqual(EndOfSentence))
            {
                AddCharNgrams(word, rows, ref bracketed);
            }
        }
        start[WordCount] = rows.Count;
        return (rows.Span.ToArray(), start);
    }
}
