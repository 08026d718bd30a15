using System.Text;

namespace LangGap.Identification.Mixing;

/// <summary>A word of a text being analysed for language mixing, and whether a segment boundary precedes it.</summary>
internal readonly record struct MixWord(int Start, int Length, ScriptClass Script, bool BreakBefore)
{
    private const string ClauseEnd = ".!?;:…。！？；：)]}»”\"'’）」』";
    private const string ClauseStart = "([{«“\"'‘（「『„¿¡";

    /// <summary>
    /// Splits <paramref name="text"/> into words: runs of non-whitespace, further split where the script of the
    /// letters changes (so "中文English" is two words). A boundary precedes a word that follows a newline or
    /// clause-ending punctuation, or that opens with a quote or bracket.
    /// </summary>
    public static List<MixWord> Split(string text)
    {
        var words = new List<MixWord>();
        var start = -1;
        var script = ScriptClass.Neutral;
        var pendingBreak = false;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var width = rune.Utf16SequenceLength;
            if (Rune.IsWhiteSpace(rune))
            {
                Close(text, words, ref start, index, script, ref pendingBreak);
                pendingBreak |= rune.Value == '\n';
            }
            else
            {
                var s = Scripts.Of(rune);
                if (start >= 0 && s != ScriptClass.Neutral && script != ScriptClass.Neutral && s != script)
                {
                    Close(text, words, ref start, index, script, ref pendingBreak);
                }
                if (start < 0)
                {
                    start = index;
                    script = ScriptClass.Neutral;
                }
                if (s != ScriptClass.Neutral)
                {
                    script = s;
                }
            }
            index += width;
        }
        Close(text, words, ref start, index, script, ref pendingBreak);
        return words;
    }

    private static void Close(string text, List<MixWord> words, ref int start, int end, ScriptClass script, ref bool pendingBreak)
    {
        if (start < 0)
        {
            return;
        }
        var opens = ClauseStart.Contains(text[start], StringComparison.Ordinal);
        var breakBefore = words.Count > 0 && (pendingBreak || opens || ClauseEnd.Contains(text[words[^1].Start + words[^1].Length - 1], StringComparison.Ordinal));
        words.Add(new MixWord(start, end - start, script, breakBefore));
        start = -1;
        pendingBreak = false;
    }
}
