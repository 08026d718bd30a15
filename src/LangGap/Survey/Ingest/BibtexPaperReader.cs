using System.Globalization;
using System.Text;

namespace LangGap.Survey.Ingest;

/// <summary>Reads BibTeX entries with abstracts (as the Anthology's <c>anthology+abstracts.bib</c> has them).</summary>
/// <remarks>
/// Field values may be braced, quoted or bare numbers; braces used for case protection are removed and the common
/// LaTeX escapes (<c>\&amp;</c>, <c>\%</c>, <c>\_</c>, <c>--</c>) are turned into text. <c>@string</c>,
/// <c>@preamble</c> and <c>@comment</c> are skipped. An entry without a year, or not closed, is an error naming
/// the file and line where it starts.
/// </remarks>
internal static class BibtexPaperReader
{
    public static List<SurveyPaper> Read(string text, string name)
    {
        var papers = new List<SurveyPaper>();
        var position = 0;
        while (true)
        {
            var at = text.IndexOf('@', position);
            if (at < 0)
            {
                break;
            }
            var line = LineOf(text, at);
            var open = text.IndexOfAny(['{', '('], at);
            if (open < 0)
            {
                throw InvalidInputException.At(name, line, "expected '{' after the entry type.");
            }
            var type = text[(at + 1)..open].Trim().ToLowerInvariant();
            var close = MatchingClose(text, open);
            if (close < 0)
            {
                throw InvalidInputException.At(name, line, $"the @{type} entry is not closed.");
            }
            position = close + 1;
            if (type is "string" or "preamble" or "comment" || type.Length == 0 || !type.All(char.IsLetter))
            {
                continue;
            }
            papers.Add(Entry(text, open + 1, close, type, name, line));
        }
        return papers;
    }

    private static SurveyPaper Entry(string text, int start, int end, string type, string name, int line)
    {
        var comma = text.IndexOf(',', start, end - start);
        if (comma < 0)
        {
            throw InvalidInputException.At(name, line, $"the @{type} entry has no key.");
        }
        var key = text[start..comma].Trim();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = comma + 1;
        while (i < end)
        {
            var equals = text.IndexOf('=', i, end - i);
            if (equals < 0)
            {
                break;
            }
            var field = text[i..equals].Trim().TrimStart(',').Trim();
            var (value, next) = Value(text, equals + 1, end, name);
            fields[field] = value;
            i = next;
        }
        if (!fields.TryGetValue("year", out var yearText) || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            throw InvalidInputException.At(name, line, $"entry '{key}' has no numeric year.");
        }
        var url = fields.GetValueOrDefault("url") ?? "";
        var bookTitle = fields.GetValueOrDefault("booktitle") ?? fields.GetValueOrDefault("journal") ?? "";
        var anthologyId = AnthologyId(url);
        var venue = anthologyId is null ? "" : VenueClassifier.VenueOfId(anthologyId);
        var (venueType, venueName) = type == "article" && anthologyId is null
            ? (VenueType.Journal, bookTitle)
            : VenueClassifier.Classify(venue.Length > 0 ? venue : MainVenueFromTitle(bookTitle), "", [], bookTitle);
        var abstractText = fields.GetValueOrDefault("abstract");
        return new SurveyPaper(
            anthologyId ?? key, year, venueType, venueName.Length > 0 ? venueName : bookTitle, bookTitle,
            fields.GetValueOrDefault("title") ?? "", string.IsNullOrEmpty(abstractText) ? null : abstractText, url, $"{name}:{line}");
    }

    /// <summary>The main conference a proceedings title names, so BibTeX without Anthology URLs still gets venue types.</summary>
    private static string MainVenueFromTitle(string title) =>
        title.StartsWith("Findings", StringComparison.OrdinalIgnoreCase) ? "findings"
        : title.Contains("Workshop", StringComparison.OrdinalIgnoreCase) ? ""
        : title.Contains("Annual Meeting of the Association for Computational Linguistics", StringComparison.OrdinalIgnoreCase) ? "acl"
        : title.Contains("Empirical Methods in Natural Language Processing", StringComparison.OrdinalIgnoreCase) ? "emnlp"
        : title.Contains("North American Chapter", StringComparison.OrdinalIgnoreCase) ? "naacl"
        : title.Contains("European Chapter", StringComparison.OrdinalIgnoreCase) ? "eacl"
        : title.Contains("Asia-Pacific Chapter", StringComparison.OrdinalIgnoreCase) ? "aacl"
        : title.Contains("International Conference on Computational Linguistics", StringComparison.OrdinalIgnoreCase) ? "coling"
        : title.Contains("Language Resources and Evaluation", StringComparison.OrdinalIgnoreCase) ? "lrec"
        : "";

    private static string? AnthologyId(string url)
    {
        const string Host = "aclanthology.org/";
        var at = url.IndexOf(Host, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : url[(at + Host.Length)..].TrimEnd('/').Replace(".pdf", "", StringComparison.OrdinalIgnoreCase);
    }

    private static (string Value, int Next) Value(string text, int i, int end, string name)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        var value = new StringBuilder();
        if (i < end && text[i] == '{')
        {
            var close = MatchingClose(text, i);
            if (close < 0 || close > end)
            {
                throw InvalidInputException.At(name, LineOf(text, i), "a braced field value is not closed.");
            }
            value.Append(text, i + 1, close - i - 1);
            i = close + 1;
        }
        else if (i < end && text[i] == '"')
        {
            var j = i + 1;
            var depth = 0;
            while (j < end && !(text[j] == '"' && depth == 0 && text[j - 1] != '\\'))
            {
                depth += text[j] == '{' ? 1 : text[j] == '}' ? -1 : 0;
                j++;
            }
            value.Append(text, i + 1, j - i - 1);
            i = j + 1;
        }
        else
        {
            var j = i;
            while (j < end && text[j] != ',' && !char.IsWhiteSpace(text[j]))
            {
                j++;
            }
            value.Append(text, i, j - i);
            i = j;
        }
        var next = text.IndexOf(',', Math.Min(i, end), end - Math.Min(i, end));
        return (Clean(value.ToString()), next < 0 ? end : next + 1);
    }

    private static string Clean(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '{' or '}')
            {
                continue;
            }
            if (c == '\\' && i + 1 < value.Length && value[i + 1] is '&' or '%' or '_' or '$' or '#')
            {
                continue;
            }
            text.Append(c);
        }
        return TextCleanup.Collapse(text.ToString().Replace("---", "—", StringComparison.Ordinal).Replace("--", "–", StringComparison.Ordinal));
    }

    /// <summary>The index of the bracket closing the one at <paramref name="open"/>, or −1.</summary>
    private static int MatchingClose(string text, int open)
    {
        var closeChar = text[open] == '(' ? ')' : '}';
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == text[open])
            {
                depth++;
            }
            else if (text[i] == closeChar && --depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
