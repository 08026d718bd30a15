namespace LangGap.Evaluation.Scoring;

/// <summary>Reads Chinese and Japanese numerals in their simple forms.</summary>
internal static class ChineseNumerals
{
    public static bool IsNumeral(char c) => Digit(c) >= 0 || Unit(c) > 0;

    /// <summary>Reads a run of numerals: positional (<c>三千零五</c> = 3005, <c>十二</c> = 12) or digit by digit (<c>二〇二四</c> = 2024).</summary>
    public static long Parse(ReadOnlySpan<char> run)
    {
        var hasUnit = false;
        foreach (var c in run)
        {
            hasUnit |= Unit(c) > 0;
        }
        if (!hasUnit)
        {
            var digits = 0L;
            foreach (var c in run)
            {
                digits = digits * 10 + Digit(c);
            }
            return digits;
        }
        long total = 0, section = 0, pending = -1;
        foreach (var c in run)
        {
            var unit = Unit(c);
            if (unit == 0)
            {
                pending = Digit(c);
            }
            else if (unit >= 10_000)
            {
                total = (total + section + Math.Max(pending, 0)) * unit;
                section = 0;
                pending = -1;
            }
            else
            {
                section += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            }
        }
        return total + section + Math.Max(pending, 0);
    }

    private static int Digit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' or '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static long Unit(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' or '萬' => 10_000,
        _ => 0,
    };
}
