using System.Globalization;
using System.Text;

namespace LangGap.Text;

/// <summary>Python 3 string semantics that sacrebleu relies on: <c>str.isspace</c>, <c>split()</c>, <c>strip()</c>, <c>lower()</c>.</summary>
/// <remarks>
/// .NET's notion of white space and lower case differs from Python's in a few code points (U+001C–U+001F are
/// white space in Python; U+0130 lower-cases to two code points; a final capital sigma becomes <c>ς</c>),
/// and every such difference changes a metric score, so the metric code uses these helpers only.
/// </remarks>
internal static class PythonText
{
    /// <summary>True for the code points Python's <c>str.isspace()</c> and <c>str.split()</c> treat as white space.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c < 128 ? c is ' ' or (>= '\t' and <= '\r') or (>= '\u001C' and <= '\u001F') : IsNonAsciiSpace(c);

    private static bool IsNonAsciiSpace(char c) => c switch
    {
        '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };

    /// <summary>Python's <c>' '.join(s.split())</c>: tokens separated by single spaces, no leading or trailing space.</summary>
    public static string CollapseSpaces(ReadOnlySpan<char> s)
    {
        char[]? rented = null;
        var buffer = s.Length <= 512 ? stackalloc char[s.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(s.Length));
        var n = 0;
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (IsSpace(c))
            {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace)
            {
                buffer[n++] = ' ';
                pendingSpace = false;
            }
            buffer[n++] = c;
        }
        var result = new string(buffer[..n]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
        return result;
    }

    /// <summary>Python's <c>s.rstrip()</c>.</summary>
    public static string RStrip(string s)
    {
        var end = s.Length;
        while (end > 0 && IsSpace(s[end - 1]))
        {
            end--;
        }
        return end == s.Length ? s : s[..end];
    }

    /// <summary>Python's <c>s.strip()</c>.</summary>
    public static string Strip(string s)
    {
        var start = 0;
        while (start < s.Length && IsSpace(s[start]))
        {
            start++;
        }
        var end = s.Length;
        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }
        return start == 0 && end == s.Length ? s : s[start..end];
    }

    /// <summary>Python's <c>s.lower()</c>: full lower-case mapping, including U+0130 and the final-sigma rule.</summary>
    public static string Lower(string s)
    {
        var ascii = true;
        foreach (var c in s)
        {
            if (c >= 0x80)
            {
                ascii = false;
                break;
            }
        }
        if (ascii)
        {
            return AsciiLower(s);
        }
        var builder = new StringBuilder(s.Length + 4);
        for (var i = 0; i < s.Length;)
        {
            Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out var consumed);
            if (char.IsSurrogate(s[i]) && consumed == 1)
            {
                builder.Append(s[i]); // a lone surrogate has no case
            }
            else if (rune.Value == 0x130)
            {
                builder.Append("i\u0307");
            }
            else if (rune.Value == 0x3A3)
            {
                builder.Append(IsFinalSigma(s, i) ? 'ς' : 'σ');
            }
            else
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            i += consumed;
        }
        return builder.ToString();
    }

    private static string AsciiLower(string s)
    {
        var firstUpper = -1;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is >= 'A' and <= 'Z')
            {
                firstUpper = i;
                break;
            }
        }
        if (firstUpper < 0)
        {
            return s;
        }
        return string.Create(s.Length, s, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        });
    }

    // CPython's handle_capital_sigma: \p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased}).
    private static bool IsFinalSigma(string s, int index)
    {
        var j = index - 1;
        var found = false;
        var c = 0;
        while (j >= 0)
        {
            c = CodePointBefore(s, ref j);
            if (!IsCaseIgnorable(c))
            {
                found = true;
                break;
            }
        }
        if (!found || !IsCased(c))
        {
            return false;
        }
        var k = index + 1;
        while (k < s.Length)
        {
            Rune.DecodeFromUtf16(s.AsSpan(k), out var rune, out var consumed);
            k += consumed;
            if (!IsCaseIgnorable(rune.Value))
            {
                return !IsCased(rune.Value);
            }
        }
        return true;
    }

    private static int CodePointBefore(string s, ref int j)
    {
        if (j > 0 && char.IsLowSurrogate(s[j]) && char.IsHighSurrogate(s[j - 1]))
        {
            var value = char.ConvertToUtf32(s[j - 1], s[j]);
            j -= 2;
            return value;
        }
        return s[j--];
    }

    private static bool IsCased(int c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            || c is 0xAA or 0xBA or 0x345 or (>= 0x2B0 and <= 0x2B8) or 0x2C0 or 0x2C1 or (>= 0x2E0 and <= 0x2E4)
                or (>= 0x1D2C and <= 0x1D6A) or 0x1D78 or (>= 0x1D9B and <= 0x1DBF) or (>= 0x2160 and <= 0x217F)
                or (>= 0x24B6 and <= 0x24E9);
    }

    private static bool IsCaseIgnorable(int c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
                or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
            || c is '\'' or '.' or ':' or 0xB7 or 0x387 or 0x5F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027
                or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
    }
}
