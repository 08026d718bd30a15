namespace LangGap.Safety.Scoring;

/// <summary>Finds normalised lexicon entries in normalised text, whole-word where the script separates words.</summary>
/// <remarks>
/// Entries that start or end in a Latin, Greek or Cyrillic letter must not be glued to a neighbouring letter
/// (<c>maaf</c> is not found in <c>memaafkan</c>); entries in scripts that write words together or attach prefixes
/// (Arabic, Hebrew, Devanagari, Han, kana, Hangul, Thai) are found as substrings.
/// </remarks>
internal static class LexiconMatcher
{
    public static bool Contains(string normalisedText, string normalisedEntry)
    {
        var from = 0;
        while (from <= normalisedText.Length - normalisedEntry.Length)
        {
            var at = normalisedText.IndexOf(normalisedEntry, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }
            var end = at + normalisedEntry.Length;
            var startOk = !NeedsBoundary(normalisedEntry[0]) || at == 0 || !SafetyText.IsWordChar(normalisedText[at - 1]);
            var endOk = !NeedsBoundary(normalisedEntry[^1]) || end == normalisedText.Length || !SafetyText.IsWordChar(normalisedText[end]);
            if (startOk && endOk)
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    private static bool NeedsBoundary(char c) => c < '\u0590' && SafetyText.IsWordChar(c);
}
