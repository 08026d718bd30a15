using System.Globalization;
using System.Text;

namespace LangGap.Identification.Mixing;

/// <summary>Classifies characters and words by <see cref="ScriptClass"/> from Unicode block ranges.</summary>
internal static class Scripts
{
    private static readonly (int Start, int End, ScriptClass Script)[] Ranges =
    [
        (0x0041, 0x024F, ScriptClass.Latin), (0x0250, 0x02AF, ScriptClass.Latin), (0x0370, 0x03FF, ScriptClass.Greek),
        (0x0400, 0x052F, ScriptClass.Cyrillic), (0x0530, 0x058F, ScriptClass.Armenian), (0x0590, 0x05FF, ScriptClass.Hebrew),
        (0x0600, 0x08FF, ScriptClass.Arabic), (0x0900, 0x0DFF, ScriptClass.Indic), (0x0E00, 0x0FFF, ScriptClass.SoutheastAsian),
        (0x1000, 0x109F, ScriptClass.SoutheastAsian), (0x10A0, 0x10FF, ScriptClass.Georgian), (0x1100, 0x11FF, ScriptClass.Hangul),
        (0x1200, 0x139F, ScriptClass.Ethiopic), (0x1780, 0x17FF, ScriptClass.SoutheastAsian), (0x1C80, 0x1C8F, ScriptClass.Cyrillic),
        (0x1C90, 0x1CBF, ScriptClass.Georgian), (0x1E00, 0x1EFF, ScriptClass.Latin), (0x1F00, 0x1FFF, ScriptClass.Greek),
        (0x2C60, 0x2C7F, ScriptClass.Latin), (0x2D00, 0x2D2F, ScriptClass.Georgian), (0x2D80, 0x2DDF, ScriptClass.Ethiopic),
        (0x2DE0, 0x2DFF, ScriptClass.Cyrillic), (0x2E80, 0x2FDF, ScriptClass.Cjk), (0x3040, 0x31FF, ScriptClass.Cjk),
        (0x3130, 0x318F, ScriptClass.Hangul), (0x3400, 0x4DBF, ScriptClass.Cjk), (0x4E00, 0x9FFF, ScriptClass.Cjk),
        (0xA640, 0xA69F, ScriptClass.Cyrillic), (0xA720, 0xA7FF, ScriptClass.Latin), (0xA960, 0xA97F, ScriptClass.Hangul),
        (0xAB30, 0xAB6F, ScriptClass.Latin), (0xAC00, 0xD7FF, ScriptClass.Hangul), (0xF900, 0xFAFF, ScriptClass.Cjk),
        (0xFB1D, 0xFB4F, ScriptClass.Hebrew), (0xFB50, 0xFDFF, ScriptClass.Arabic), (0xFE70, 0xFEFF, ScriptClass.Arabic),
        (0xFF21, 0xFF5A, ScriptClass.Latin), (0xFF66, 0xFF9F, ScriptClass.Cjk), (0xFFA0, 0xFFDC, ScriptClass.Hangul),
        (0x20000, 0x3134F, ScriptClass.Cjk),
    ];

    /// <summary>The script class of one code point; letters outside the table are <see cref="ScriptClass.Other"/>.</summary>
    public static ScriptClass Of(Rune rune)
    {
        if (!Rune.IsLetter(rune) && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
        {
            return ScriptClass.Neutral;
        }
        var value = rune.Value;
        foreach (var (start, end, script) in Ranges)
        {
            if (value >= start && value <= end)
            {
                return script;
            }
        }
        return ScriptClass.Other;
    }

    /// <summary>The script class of most letters of <paramref name="word"/> (Neutral when it has none).</summary>
    public static ScriptClass OfWord(ReadOnlySpan<char> word)
    {
        Span<int> counts = stackalloc int[Enum.GetValues<ScriptClass>().Length];
        foreach (var rune in word.EnumerateRunes())
        {
            counts[(int)Of(rune)]++;
        }
        var best = ScriptClass.Neutral;
        for (var s = 1; s < counts.Length; s++)
        {
            if (counts[s] > counts[(int)best] || (best == ScriptClass.Neutral && counts[s] > 0))
            {
                best = (ScriptClass)s;
            }
        }
        return best;
    }
}
