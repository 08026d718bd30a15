using System.Text;
using System.Text.RegularExpressions;

namespace LangGap.Survey.Selection;

/// <summary>Compiles a list of keyword terms into one case-insensitive, whole-word regular expression.</summary>
/// <remarks>
/// A term is a word or phrase; a trailing <c>*</c> matches any continuation (<c>jailbreak*</c> matches
/// <c>jailbreaking</c>); a space or hyphen inside a term matches a space, a hyphen or nothing, so
/// <c>cross-lingual</c> also matches <c>cross lingual</c> and <c>crosslingual</c>. Terms never match inside a
/// longer word: <c>safe</c> does not match <c>unsafe</c> (write <c>*safe</c>… or list <c>unsafe</c> for that).
/// </remarks>
internal static class TermPattern
{
    public static Regex Compile(IEnumerable<string> terms, bool ignoreCase = true)
    {
        var parts = terms.Select(Part).Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToList();
        if (parts.Count == 0)
        {
            throw new ArgumentException("Expected at least one term.", nameof(terms));
        }
        var pattern = $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', parts)})(?![\p{{L}}\p{{N}}])";
        var options = RegexOptions.CultureInvariant | RegexOptions.Compiled | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new Regex(pattern, options);
    }

    private static string Part(string term)
    {
        var text = term.Trim().Trim('"').Trim();
        var prefix = text.EndsWith('*');
        text = text.TrimEnd('*').Trim();
        if (text.Length == 0)
        {
            return "";
        }
        var pattern = new StringBuilder();
        foreach (var piece in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (pattern.Length > 0)
            {
                pattern.Append(@"[\s\-]*");
            }
            pattern.Append(Regex.Escape(piece));
        }
        if (prefix)
        {
            pattern.Append(@"[\p{L}\p{N}]*");
        }
        return pattern.ToString();
    }
}
