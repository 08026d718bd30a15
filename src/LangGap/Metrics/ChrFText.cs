using System.Runtime.InteropServices;
using LangGap.Text;

namespace LangGap.Metrics;

/// <summary>How chrF sees a segment: code points for character n-grams, punctuation-split words for word n-grams.</summary>
internal static class ChrFText
{
    /// <summary>The code points of <c>''.join(line.split())</c> (or of the whole line when white space is kept).</summary>
    public static void CodePoints(string text, bool keepWhitespace, List<int> target)
    {
        CollectionsMarshal.SetCount(target, text.Length);
        var points = CollectionsMarshal.AsSpan(target);
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!keepWhitespace && PythonText.IsSpace(c))
            {
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points[n++] = char.ConvertToUtf32(c, text[++i]);
            }
            else
            {
                points[n++] = c;
            }
        }
        CollectionsMarshal.SetCount(target, n);
    }

    /// <summary>
    /// sacrebleu's <c>CHRF._remove_punctuation</c>: one trailing, else one leading, ASCII punctuation mark is split off
    /// each word of two or more characters; appends word ids (−1 for words the vocabulary lacks unless <paramref name="add"/>).
    /// </summary>
    public static void Words(string text, TokenVocabulary vocabulary, bool add, List<int> target)
    {
        target.Clear();
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

        void Add(ReadOnlySpan<char> word) => target.Add(add ? vocabulary.GetOrAdd(word) : vocabulary.Find(word));
    }

    private static bool IsPunct(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';
}
