namespace LangGap.Identification.FastText;

/// <summary>Turning a line of text into input rows, exactly as fastText's <c>Dictionary::getLine</c> does.</summary>
internal sealed partial class FastTextDictionary
{
    private const ulong WordNgramMultiplier = 116049371;

    /// <summary>True for the bytes fastText's <c>readWord</c> treats as separators.</summary>
    public static bool IsSeparator(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\v' or (byte)'\f' or 0;

    /// <summary>
    /// Appends the input rows of one line (as if it ended with a newline) to <paramref name="rows"/>: each word's
    /// own row and character n-grams (or, out of vocabulary, its n-grams only), the end-of-sentence token, then
    /// the word n-grams. Labels (<c>__label__…</c>) in the text are skipped, as fastText skips them.
    /// <paramref name="endOfLine"/> false leaves out the end-of-sentence token, as fastText reads a last line that
    /// has no newline.
    /// </summary>
    public void AddLine(ReadOnlySpan<byte> line, IntList rows, IntList wordHashes, ref byte[] scratch, bool endOfLine = true)
    {
        wordHashes.Clear();
        var position = 0;
        while (true)
        {
            while (position < line.Length && IsSeparator(line[position]))
            {
                position++;
            }
            if (position == line.Length)
            {
                break;
            }
            var start = position;
            while (position < line.Length && !IsSeparator(line[position]))
            {
                position++;
            }
            AddToken(line[start..position], rows, wordHashes, ref scratch);
        }
        if (endOfLine)
        {
            AddToken(EndOfSentence, rows, wordHashes, ref scratch);
        }
        AddWordNgrams(wordHashes.Span, rows);
    }

    private void AddToken(ReadOnlySpan<byte> token, IntList rows, IntList wordHashes, ref byte[] scratch)
    {
        var hash = FastTextHash.Of(token);
        var id = Find(token, hash);
        var isLabel = id < 0 ? token.StartsWith(LabelPrefix) : _isLabel[id];
        if (isLabel)
        {
            return;
        }
        if (id >= 0)
        {
            rows.AddRange(_rows.AsSpan(_rowStart[id], _rowStart[id + 1] - _rowStart[id]));
        }
        else if (!token.SequenceEqual(EndOfSentence))
        {
            AddCharNgrams(token, rows, ref scratch);
        }
        wordHashes.Add((int)hash);
    }

    /// <summary>Character n-grams of <c>&lt;word&gt;</c>, counted in UTF-8 characters, hashed into buckets.</summary>
    private void AddCharNgrams(ReadOnlySpan<byte> word, IntList rows, ref byte[] scratch)
    {
        var maxn = _args.MaxN;
        if (maxn <= 0 || _args.Bucket == 0)
        {
            return;
        }
        var length = word.Length + 2;
        if (scratch.Length < length)
        {
            scratch = new byte[Math.Max(length, scratch.Length * 2)];
        }
        scratch[0] = (byte)'<';
        word.CopyTo(scratch.AsSpan(1));
        scratch[length - 1] = (byte)'>';
        var w = scratch.AsSpan(0, length);
        var minn = _args.MinN;
        var bucket = _bucketModulo;
        for (var i = 0; i < w.Length; i++)
        {
            if ((w[i] & 0xC0) == 0x80)
            {
                continue;
            }
            var hash = FastTextHash.Offset;
            var j = i;
            for (var n = 1; j < w.Length && n <= maxn; n++)
            {
                hash = FastTextHash.Step(hash, w[j++]);
                while (j < w.Length && (w[j] & 0xC0) == 0x80)
                {
                    hash = FastTextHash.Step(hash, w[j++]);
                }
                if (n >= minn && !(n == 1 && (i == 0 || j == w.Length)))
                {
                    PushBucket(rows, (int)bucket.Of(hash));
                }
            }
        }
    }

    private void AddWordNgrams(ReadOnlySpan<int> hashes, IntList rows)
    {
        var n = _args.WordNgrams;
        var bucket = (ulong)_args.Bucket;
        if (bucket == 0)
        {
            return;
        }
        for (var i = 0; i < hashes.Length; i++)
        {
            // fastText widens the (signed) 32-bit word hash to 64 bits with sign extension.
            var h = (ulong)(long)hashes[i];
            for (var j = i + 1; j < hashes.Length && j < i + n; j++)
            {
                h = h * WordNgramMultiplier + (ulong)(long)hashes[j];
                PushBucket(rows, (int)(h % bucket));
            }
        }
    }

    private void PushBucket(IntList rows, int bucket)
    {
        if (_pruneCount == 0 || bucket < 0)
        {
            return;
        }
        if (_pruneCount > 0)
        {
            bucket = _pruned?.IndexOf(bucket) ?? -1;
            if (bucket < 0)
            {
                return;
            }
        }
        rows.Add(WordCount + bucket);
    }
}
