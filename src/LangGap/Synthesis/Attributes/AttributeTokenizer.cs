using System.Buffers;
using System.Globalization;
using System.Text;

namespace LangGap.Synthesis.Attributes;

/// <summary>The tokenisation of the lexical attributes (MTLD, type-token ratio): lower-cased words, one token per character in scripts written without spaces.</summary>
/// <remarks>
/// <para>Text is lower-cased (invariant culture) and split at white space; each piece loses leading and trailing
/// punctuation and symbols (Unicode P* and S*), so <c>"Hello,</c> gives <c>hello</c> while <c>don't</c> stays one token.
/// Pieces left empty are dropped. This is the tokenisation of the MTLD reference cases.</para>
/// <para>Chinese, Japanese and Thai (and Lao, Khmer and Myanmar) are not written with spaces between words, so white
/// space would make a whole sentence one token. Text in those scripts (Han, Hiragana, Katakana, Thai, Lao, Khmer,
/// Myanmar) is segmented into characters instead: every user-perceived character (extended grapheme cluster, so a Thai
/// consonant keeps its vowel and tone marks) is a token, and punctuation between them is dropped. No dictionary word
/// segmentation is used, so values for these languages count character types, are higher than word-based values would
/// be, and should only be compared with values of the same script. The rule follows the script of each character, not
/// the language tag, so Latin words inside Japanese text stay words.</para>
/// </remarks>
public static class AttributeTokenizer
{
    /// <summary>A one-line statement of the tokenisation, recorded in scorer settings.</summary>
    public const string Description = "lowercase+whitespace+strip-edge-punct; Han/Kana/Thai/Lao/Khmer/Myanmar: grapheme clusters";

    /// <summary>The tokens of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var piece in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var elements = StringInfo.GetTextElementEnumerator(piece);
            while (elements.MoveNext())
            {
                var element = (string)elements.Current;
                if (IsUnspacedScript(Rune.DecodeFromUtf16(element, out var rune, out _) == OperationStatus.Done ? rune.Value : 0))
                {
                    Flush(word, tokens);
                    tokens.Add(element);
                }
                else
                {
                    word.Append(element);
                }
            }
            Flush(word, tokens);
        }
        return tokens;
    }

    /// <summary>Whether <paramref name="codePoint"/> belongs to a script written without spaces between words.</summary>
    public static bool IsUnspacedScript(int codePoint) => codePoint switch
    {
        >= 0x0E00 and <= 0x0EFF => true,   // Thai, Lao
        >= 0x1000 and <= 0x109F => true,   // Myanmar
        >= 0x1780 and <= 0x17FF => true,   // Khmer
        >= 0x2E80 and <= 0x2FDF => true,   // CJK radicals, Kangxi radicals
        0x3005 or 0x3006 or 0x3007 => true,
        >= 0x3021 and <= 0x3029 => true,
        >= 0x3040 and <= 0x30FF => true,   // Hiragana, Katakana
        >= 0x31F0 and <= 0x31FF => true,   // Katakana phonetic extensions
        >= 0x3400 and <= 0x4DBF => true,   // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true,   // CJK unified ideographs
        >= 0xF900 and <= 0xFAFF => true,   // CJK compatibility ideographs
        >= 0xFF66 and <= 0xFF9F => true,   // half-width Katakana
        >= 0x20000 and <= 0x323AF => true, // CJK extensions B–H
        _ => false,
    };

    private static void Flush(StringBuilder word, List<string> tokens)
    {
        if (word.Length == 0)
        {
            return;
        }
        var text = word.ToString();
        word.Clear();
        var start = 0;
        var end = text.Length;
        while (start < end && Rune.DecodeFromUtf16(text.AsSpan(start, end - start), out var rune, out var length) == OperationStatus.Done && IsEdge(rune))
        {
            start += length;
        }
        while (end > start && Rune.DecodeLastFromUtf16(text.AsSpan(start, end - start), out var rune, out var length) == OperationStatus.Done && IsEdge(rune))
        {
            end -= length;
        }
        if (end > start)
        {
            tokens.Add(text[start..end]);
        }
    }

    private static bool IsEdge(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
        or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
}
