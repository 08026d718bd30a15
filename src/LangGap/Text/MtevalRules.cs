namespace LangGap.Text;

/// <summary>
/// The four substitutions of sacrebleu's <c>TokenizerRegexp</c> (shared by <c>13a</c> and <c>zh</c>), done by hand.
/// </summary>
/// <remarks>
/// Each pass reproduces one <c>re.sub</c>: matches are found left to right and never overlap, so the character
/// consumed as the second group of one match cannot start the next. The patterns only name ASCII characters,
/// so working on UTF-16 code units gives the same result as Python's code points.
/// </remarks>
internal static class MtevalRules
{
    // [\{-\~\[-\` -\&\(-\+\:-\@\/]
    private static readonly bool[] Isolated = CreateIsolated();

    [ThreadStatic] private static CharBuffer? t_first;
    [ThreadStatic] private static CharBuffer? t_second;

    /// <summary>Applies the substitutions to <paramref name="line"/> and collapses white space.</summary>
    public static string Apply(ReadOnlySpan<char> line)
    {
        var a = t_first ??= new CharBuffer();
        var b = t_second ??= new CharBuffer();
        IsolateSymbols(line, a);
        SeparatePeriodAfterNonDigit(a.Span, b);
        SeparatePeriodBeforeNonDigit(b.Span, a);
        SeparateDashAfterDigit(a.Span, b);
        return PythonText.CollapseSpaces(b.Span);
    }

    /// <summary>
    /// tercom's Western rules: the same substitutions plus the possessive <c>'s </c> split, without the final white-space
    /// collapse (the caller removes punctuation first).
    /// </summary>
    public static string ApplyTercom(string line)
    {
        var a = t_first ??= new CharBuffer();
        var b = t_second ??= new CharBuffer();
        IsolateSymbols(line, a);
        var possessive = a.Span.ToString().Replace("'s ", " 's ", StringComparison.Ordinal);
        SeparatePeriodAfterNonDigit(possessive, b);
        SeparatePeriodBeforeNonDigit(b.Span, a);
        SeparateDashAfterDigit(a.Span, b);
        return b.Span.ToString();
    }

    private static void IsolateSymbols(ReadOnlySpan<char> line, CharBuffer target)
    {
        target.Clear();
        target.Reserve(line.Length * 3);
        foreach (var c in line)
        {
            if (c < 128 && Isolated[c])
            {
                target.Append(' ');
                target.Append(c);
                target.Append(' ');
            }
            else
            {
                target.Append(c);
            }
        }
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    // ([^0-9])([\.,]) -> '\1 \2 '
    private static void SeparatePeriodAfterNonDigit(ReadOnlySpan<char> s, CharBuffer target)
    {
        target.Clear();
        var i = 0;
        while (i < s.Length)
        {
            if (i + 1 < s.Length && !IsDigit(s[i]) && s[i + 1] is '.' or ',')
            {
                target.Append(s[i]);
                target.Append(' ');
                target.Append(s[i + 1]);
                target.Append(' ');
                i += 2;
            }
            else
            {
                target.Append(s[i++]);
            }
        }
    }

    // ([\.,])([^0-9]) -> ' \1 \2'
    private static void SeparatePeriodBeforeNonDigit(ReadOnlySpan<char> s, CharBuffer target)
    {
        target.Clear();
        var i = 0;
        while (i < s.Length)
        {
            if (i + 1 < s.Length && s[i] is '.' or ',' && !IsDigit(s[i + 1]))
            {
                target.Append(' ');
                target.Append(s[i]);
                target.Append(' ');
                target.Append(s[i + 1]);
                i += 2;
            }
            else
            {
                target.Append(s[i++]);
            }
        }
    }

    // ([0-9])(-) -> '\1 \2 '
    private static void SeparateDashAfterDigit(ReadOnlySpan<char> s, CharBuffer target)
    {
        target.Clear();
        var i = 0;
        while (i < s.Length)
        {
            if (i + 1 < s.Length && IsDigit(s[i]) && s[i + 1] == '-')
            {
                target.Append(s[i]);
                target.Append(' ');
                target.Append('-');
                target.Append(' ');
                i += 2;
            }
            else
            {
                target.Append(s[i++]);
            }
        }
    }

    private static bool[] CreateIsolated()
    {
        var table = new bool[128];
        foreach (var (from, to) in new[] { ('{', '~'), ('[', '`'), (' ', '&'), ('(', '+'), (':', '@'), ('/', '/') })
        {
            for (var c = from; c <= to; c++)
            {
                table[c] = true;
            }
        }
        return table;
    }
}
