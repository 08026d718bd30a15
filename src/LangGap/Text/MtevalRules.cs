using System.Buffers;

namespace LangGap.Text;

/// <summary>
/// The four substitutions of sacrebleu's <c>TokenizerRegexp</c> (shared by <c>13a</c> and <c>zh</c>), done by hand.
/// </summary>
/// <remarks>
/// Each pass reproduces one <c>re.sub</c>: matches are found left to right and never overlap, so the character
/// consumed as the second group of one match cannot start the next. The patterns only name ASCII characters,
/// so working on UTF-16 code units gives the same result as Python's code points. Each pass jumps with a
/// vectorised search to the next character that can take part in a match and copies the text in between.
/// </remarks>
internal static class MtevalRules
{
    // [\{-\~\[-\` -\&\(-\+\:-\@\/]
    private static readonly SearchValues<char> Isolated = SearchValues.Create("{|}~[\\]^_` !\"#$%&()*+:;<=>?@/");
    private static readonly SearchValues<char> PeriodComma = SearchValues.Create(".,");

    [ThreadStatic] private static char[]? t_first;
    [ThreadStatic] private static char[]? t_second;

    /// <summary>Applies the substitutions to <paramref name="line"/> and collapses white space.</summary>
    public static string Apply(ReadOnlySpan<char> line) => Apply(line, padded: false);

    /// <summary>
    /// <see cref="Apply(ReadOnlySpan{char})"/> of <paramref name="line"/> with one space added at each end (as mteval does),
    /// without building the padded string.
    /// </summary>
    public static string ApplyPadded(ReadOnlySpan<char> line) => Apply(line, padded: true);

    private static string Apply(ReadOnlySpan<char> line, bool padded)
    {
        var (a, b) = Buffers(line.Length + 2);
        var n = 0;
        if (padded)
        {
            a[n++] = ' ';
        }
        n = IsolateSymbols(line, a, n, singleSpace: true);
        if (padded)
        {
            a[n++] = ' ';
        }
        n = SeparatePeriodAfterNonDigit(a.AsSpan(0, n), b);
        n = SeparatePeriodBeforeNonDigit(b.AsSpan(0, n), a);
        n = SeparateDashAfterDigit(a.AsSpan(0, n), b);
        return PythonText.CollapseSpaces(b.AsSpan(0, n));
    }

    /// <summary>
    /// tercom's Western rules: the same substitutions plus the possessive <c>'s </c> split, without the final white-space
    /// collapse (the caller removes punctuation first).
    /// </summary>
    public static string ApplyTercom(string line)
    {
        var (a, b) = Buffers(line.Length);
        var n = IsolateSymbols(line, a, 0, singleSpace: false);
        var possessive = a.AsSpan(0, n).ToString().Replace("'s ", " 's ", StringComparison.Ordinal);
        (a, b) = Buffers(possessive.Length);
        n = SeparatePeriodAfterNonDigit(possessive, b);
        n = SeparatePeriodBeforeNonDigit(b.AsSpan(0, n), a);
        n = SeparateDashAfterDigit(a.AsSpan(0, n), b);
        return new string(b, 0, n);
    }

    // Pass 1 at most triples the text; each later pass at most doubles it.
    private static (char[] A, char[] B) Buffers(int length)
    {
        var size = Math.Max(256, length * 24 + 16);
        if (t_first is null || t_first.Length < size)
        {
            t_first = new char[size];
            t_second = new char[size];
        }
        return (t_first, t_second!);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    // With singleSpace, a space is copied as one space rather than isolated into three: no later pass can tell one
    // space from three (a space is only ever a non-digit neighbour), so the result after collapsing white space is the same.
    private static int IsolateSymbols(ReadOnlySpan<char> s, char[] target, int n, bool singleSpace)
    {
        var i = 0;
        while (true)
        {
            var next = s[i..].IndexOfAny(Isolated);
            if (next < 0)
            {
                s[i..].CopyTo(target.AsSpan(n));
                return n + s.Length - i;
            }
            s.Slice(i, next).CopyTo(target.AsSpan(n));
            n += next;
            i += next;
            if (singleSpace && s[i] == ' ')
            {
                target[n++] = s[i++];
                continue;
            }
            target[n++] = ' ';
            target[n++] = s[i++];
            target[n++] = ' ';
        }
    }

    // ([^0-9])([\.,]) -> '\1 \2 '
    private static int SeparatePeriodAfterNonDigit(ReadOnlySpan<char> s, char[] target)
    {
        var n = 0;
        var i = 0;
        while (i < s.Length)
        {
            var next = i + 1 < s.Length ? s[(i + 1)..].IndexOfAny(PeriodComma) : -1;
            if (next < 0)
            {
                break;
            }
            var p = i + 1 + next; // s[p] is '.' or ','; the candidate match is (p − 1, p)
            s.Slice(i, p - 1 - i).CopyTo(target.AsSpan(n));
            n += p - 1 - i;
            if (!IsDigit(s[p - 1]))
            {
                target[n++] = s[p - 1];
                target[n++] = ' ';
                target[n++] = s[p];
                target[n++] = ' ';
                i = p + 1;
            }
            else
            {
                target[n++] = s[p - 1];
                i = p;
            }
        }
        if (i < s.Length)
        {
            s[i..].CopyTo(target.AsSpan(n));
            n += s.Length - i;
        }
        return n;
    }

    // ([\.,])([^0-9]) -> ' \1 \2'
    private static int SeparatePeriodBeforeNonDigit(ReadOnlySpan<char> s, char[] target)
    {
        var n = 0;
        var i = 0;
        while (i < s.Length)
        {
            var next = s[i..].IndexOfAny(PeriodComma);
            if (next < 0)
            {
                break;
            }
            var p = i + next;
            s.Slice(i, next).CopyTo(target.AsSpan(n));
            n += next;
            if (p + 1 < s.Length && !IsDigit(s[p + 1]))
            {
                target[n++] = ' ';
                target[n++] = s[p];
                target[n++] = ' ';
                target[n++] = s[p + 1];
                i = p + 2;
            }
            else
            {
                target[n++] = s[p];
                i = p + 1;
            }
        }
        if (i < s.Length)
        {
            s[i..].CopyTo(target.AsSpan(n));
            n += s.Length - i;
        }
        return n;
    }

    // ([0-9])(-) -> '\1 \2 '
    private static int SeparateDashAfterDigit(ReadOnlySpan<char> s, char[] target)
    {
        var n = 0;
        var i = 0;
        while (i < s.Length)
        {
            var next = i + 1 < s.Length ? s[(i + 1)..].IndexOf('-') : -1;
            if (next < 0)
            {
                break;
            }
            var p = i + 1 + next; // s[p] is '-'; the candidate match is (p − 1, p)
            s.Slice(i, p - 1 - i).CopyTo(target.AsSpan(n));
            n += p - 1 - i;
            if (IsDigit(s[p - 1]))
            {
                target[n++] = s[p - 1];
                target[n++] = ' ';
                target[n++] = '-';
                target[n++] = ' ';
                i = p + 1;
            }
            else
            {
                target[n++] = s[p - 1];
                i = p;
            }
        }
        if (i < s.Length)
        {
            s[i..].CopyTo(target.AsSpan(n));
            n += s.Length - i;
        }
        return n;
    }
}
