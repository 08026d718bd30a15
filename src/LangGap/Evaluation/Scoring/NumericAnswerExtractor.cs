using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LangGap.Evaluation.Scoring;

/// <summary>Finds the final numeric answer in a model's response, in any script or digit system (MGSM-style).</summary>
/// <remarks>
/// <para>Every Unicode decimal digit (Arabic-Indic, Persian, Devanagari, Bengali, Telugu, Thai, full-width, …) is
/// read as its value, and runs of Chinese/Japanese numerals (<c>〇零一二两三…十百千万</c>) are read as numbers
/// (0–99,999,999 in the simple positional forms, or digit by digit as in <c>二〇二四</c>).</para>
/// <para>Thousands separators — comma, Arabic <c>٬</c>, full-width comma, thin, narrow no-break and no-break space,
/// apostrophe — are accepted only between groups of exactly three digits; <c>.</c>, <c>٫</c> and a comma followed
/// by one or two digits are decimal separators. A minus sign counts only when it does not follow a letter or digit.</para>
/// <para>The answer is the last number in the text — or, when an answer prefix (such as <c>Answer:</c>) is given and
/// its final occurrence is followed by a number, the first number after it.</para>
/// </remarks>
public static partial class NumericAnswerExtractor
{
    private const string Group = ",\u066C\uFF0C\u2009\u202F\u00A0'";

    /// <summary>Returns the last number in <paramref name="text"/>, or <see langword="null"/> when it has none.</summary>
    /// <param name="text">The response.</param>
    /// <param name="answerPrefix">When given and followed by a number, that number (the first after its last occurrence) is the answer.</param>
    public static decimal? Extract(string text, string? answerPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!string.IsNullOrEmpty(answerPrefix))
        {
            var at = text.LastIndexOf(answerPrefix, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && Find(Normalise(text[(at + answerPrefix.Length)..]), first: true) is { } after)
            {
                return after;
            }
        }
        return Find(Normalise(text), first: false);
    }

    /// <summary>Parses a reference answer (which may itself use any digit system) as a number.</summary>
    public static decimal? ParseReference(string reference) => Extract(reference);

    /// <summary>Rewrites every decimal digit as ASCII and every run of CJK numerals as ASCII digits.</summary>
    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (ChineseNumerals.IsNumeral(c))
            {
                var end = i;
                while (end < text.Length && ChineseNumerals.IsNumeral(text[end]))
                {
                    end++;
                }
                builder.Append(ChineseNumerals.Parse(text.AsSpan(i, end - i)).ToString(CultureInfo.InvariantCulture));
                i = end - 1;
                continue;
            }
            var digit = char.IsSurrogate(c) ? -1 : CharUnicodeInfo.GetDecimalDigitValue(c);
            builder.Append(digit >= 0 ? (char)('0' + digit) : c);
        }
        return builder.ToString();
    }

    private static decimal? Find(string normalised, bool first)
    {
        Match? last = null;
        for (var match = NumberPattern().Match(normalised); match.Success; match = first ? Match.Empty : match.NextMatch())
        {
            last = match;
        }
        if (last is null)
        {
            return null;
        }
        var integer = new StringBuilder();
        foreach (var c in last.Groups["int"].Value)
        {
            if (char.IsAsciiDigit(c)) integer.Append(c);
        }
        var fraction = last.Groups["frac"].Value;
        var number = fraction.Length > 0 ? $"{integer}.{fraction}" : integer.ToString();
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        var sign = last.Groups["sign"];
        var negative = sign.Success && (sign.Index == 0 || !char.IsLetterOrDigit(normalised[sign.Index - 1]));
        return negative ? -value : value;
    }

    [GeneratedRegex(@"(?<sign>[-\u2212])?(?<int>[0-9]{1,3}(?:[" + Group + @"][0-9]{3})+(?![0-9])|[0-9]+)(?:[.\u066B](?<frac>[0-9]+)|,(?<frac>[0-9]{1,2})(?![0-9]))?")]
    private static partial Regex NumberPattern();
}
