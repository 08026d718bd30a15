namespace LangGap.Languages;

/// <summary>Turns text into a <see cref="LanguageTag"/>: language, then optional script, then optional region.</summary>
internal static class LanguageTagParser
{
    private static readonly char[] Separators = ['-', '_'];

    /// <summary>The one-sentence error for text that is not a tag LangGap knows.</summary>
    public static string ErrorMessage(string text) =>
        $"'{text}' is not a language tag LangGap knows (expected ISO 639-1/639-3, BCP-47 such as zh-Hant, or a FLORES-200 code such as deu_Latn).";

    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LanguageTag? tag)
    {
        tag = null;
        var parts = text.Trim().Split(Separators);
        if (parts.Length > 3 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
        {
            return false;
        }
        var record = LanguageData.Instance.Find(parts[0].ToLowerInvariant());
        if (record is null)
        {
            return false;
        }

        var next = 1;
        string? script = null;
        if (next < parts.Length && parts[next].Length == 4 && parts[next].All(char.IsAsciiLetter))
        {
            script = char.ToUpperInvariant(parts[next][0]) + parts[next][1..].ToLowerInvariant();
            if (!IsoScripts.Contains(script))
            {
                return false;
            }
            next++;
        }

        string? region = null;
        if (next < parts.Length && IsRegion(parts[next]))
        {
            region = parts[next].ToUpperInvariant();
            next++;
        }

        if (next != parts.Length)
        {
            return false;
        }
        tag = LanguageTag.Create(record, script, region);
        return true;
    }

    private static bool IsRegion(string subtag) =>
        (subtag.Length == 2 && subtag.All(char.IsAsciiLetter)) || (subtag.Length == 3 && subtag.All(char.IsAsciiDigit));
}
