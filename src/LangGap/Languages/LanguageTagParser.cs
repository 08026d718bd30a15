namespace LangGap.Languages;

/// <summary>Turns text into a <see cref="LanguageTag"/>: language, then optional script, then optional region.</summary>
/// <remarks>Works on spans with case-insensitive lookups, so a bare language code parses without allocating.</remarks>
internal static class LanguageTagParser
{
    /// <summary>The one-sentence error for text that is not a tag LangGap knows.</summary>
    public static string ErrorMessage(string text) =>
        $"'{text}' is not a language tag LangGap knows (expected ISO 639-1/639-3, BCP-47 such as zh-Hant, or a FLORES-200 code such as deu_Latn).";

    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LanguageTag? tag)
    {
        tag = null;
        var rest = text.AsSpan().Trim();
        var language = NextSubtag(ref rest);
        if (language.Length is < 2 or > 3 || !IsLetters(language))
        {
            return false;
        }
        var data = LanguageData.Instance;
        var record = data.Find(language);
        if (record is null)
        {
            return false;
        }
        if (rest.IsEmpty && text.Length == language.Length)
        {
            tag = data.InfoOf(record).Tag;
            return true;
        }

        var subtag = rest.IsEmpty ? default : NextSubtag(ref rest);
        string? script = null;
        if (subtag.Length == 4 && IsLetters(subtag))
        {
            script = IsoScripts.Canonical(subtag);
            if (script is null)
            {
                return false;
            }
            subtag = rest.IsEmpty ? default : NextSubtag(ref rest);
        }

        string? region = null;
        if ((subtag.Length == 2 && IsLetters(subtag)) || (subtag.Length == 3 && IsDigits(subtag)))
        {
            region = subtag.ToString().ToUpperInvariant();
            subtag = default;
        }

        if (!subtag.IsEmpty || !rest.IsEmpty || EndsWithSeparator(text))
        {
            return false;
        }
        tag = LanguageTag.Create(record, script, region);
        return true;
    }

    /// <summary>Cuts the next subtag (up to <c>-</c> or <c>_</c>) off <paramref name="rest"/>; an empty subtag is returned as one character so it fails every shape check.</summary>
    private static ReadOnlySpan<char> NextSubtag(ref ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOfAny('-', '_');
        if (end < 0)
        {
            var last = rest;
            rest = default;
            return last;
        }
        var subtag = end == 0 ? rest[..1] : rest[..end];
        rest = rest[(end + 1)..];
        return subtag;
    }

    private static bool EndsWithSeparator(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '-' or '_';
    }

    private static bool IsLetters(ReadOnlySpan<char> s) => !s.ContainsAnyExcept(AsciiLetters);

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
}
