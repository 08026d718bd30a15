using System.Text;

namespace LangGap.Survey.Ingest;

/// <summary>Whitespace normalisation shared by the readers: runs of white space become one space, ends trimmed.</summary>
internal static class TextCleanup
{
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
