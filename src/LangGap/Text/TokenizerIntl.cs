namespace LangGap.Text;

/// <summary>sacrebleu's <c>intl</c> tokenizer (mteval-v14 international): splits off Unicode punctuation and symbols.</summary>
/// <remarks>
/// Three substitutions over code points, as sacrebleu's <c>regex</c> patterns: <c>(\P{N})(\p{P})</c> → <c>'\1 \2 '</c>,
/// <c>(\p{P})(\P{N})</c> → <c>' \1 \2'</c>, <c>(\p{S})</c> → <c>' \1 '</c>; then white space is collapsed. As in
/// mteval-v14, a punctuation mark between two digits stays attached, and so does a final period after a number.
/// </remarks>
internal sealed class TokenizerIntl : IMetricTokenizer
{
    [ThreadStatic] private static CharBuffer? t_first;
    [ThreadStatic] private static CharBuffer? t_second;

    /// <summary>The shared instance.</summary>
    public static TokenizerIntl Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "intl";

    /// <inheritdoc />
    public string Tokenize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var a = t_first ??= new CharBuffer();
        var b = t_second ??= new CharBuffer();
        SeparatePunctuationAfterNonNumber(line, a);
        SeparatePunctuationBeforeNonNumber(a.Span, b);
        SeparateSymbols(b.Span, a);
        return PythonText.CollapseSpaces(a.Span);
    }

    private static int Width(ReadOnlySpan<char> s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;

    private static int CodePoint(ReadOnlySpan<char> s, int i, int width) =>
        width == 2 ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];

    private static void SeparatePunctuationAfterNonNumber(ReadOnlySpan<char> s, CharBuffer target)
    {
        target.Clear();
        var i = 0;
        while (i < s.Length)
        {
            var w1 = Width(s, i);
            if (i + w1 < s.Length)
            {
                var w2 = Width(s, i + w1);
                if (!UnicodeCategories.IsNumber(CodePoint(s, i, w1)) && UnicodeCategories.IsPunctuation(CodePoint(s, i + w1, w2)))
                {
                    target.Append(s.Slice(i, w1));
                    target.Append(' ');
                    target.Append(s.Slice(i + w1, w2));
                    target.Append(' ');
                    i += w1 + w2;
                    continue;
                }
            }
            target.Append(s.Slice(i, w1));
            i += w1;
        }
    }

    private static void SeparatePunctuationBeforeNonNumber(ReadOnlySpan<char> s, CharBuffer target)
    {
        target.Clear();
        var i = 0;
        while (i < s.Length)
        {
            var w1 = Width(s, i);
            if (i + w1 < s.Length)
            {
                var w2 = Width(s, i + w1);
                if (UnicodeCategories.IsPunctuation(CodePoint(s, i, w1)) && !UnicodeCategories.IsNumber(CodePoint(s, i + w1, w2)))
                {
                    target.Append(' ');
                    target.Append(s.Slice(i, w1));
                    target.Append(' ');
                    target.Append(s.Slice(i + w1, w2));
                    i += w1 + w2;
                    continue;
                }
            }
            target.Append(s.Slice(i, w1));
            i += w1;
        }
    }

    private static void SeparateSymbols(ReadOnlySpan<char> s, CharBuffer target)
    {
        target.Clear();
        var i = 0;
        while (i < s.Length)
        {
            var w = Width(s, i);
            if (UnicodeCategories.IsSymbol(CodePoint(s, i, w)))
            {
                target.AppendSpaced(s.Slice(i, w));
            }
            else
            {
                target.Append(s.Slice(i, w));
            }
            i += w;
        }
    }
}
