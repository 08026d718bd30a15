using System.Text;

namespace LangGap.Survey;

/// <summary>RFC 4180 CSV: quoting for papers.csv and parsing for label files.</summary>
internal static class CsvText
{
    /// <summary>A cell, quoted when it holds a comma, quote or line break.</summary>
    public static string Cell(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    /// <summary>The records of a CSV text with the line each starts on; quoted cells may span lines.</summary>
    public static IEnumerable<(int Line, List<string> Cells)> Parse(string text, string name)
    {
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var start = line;
            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            var done = false;
            while (!done)
            {
                if (i >= text.Length)
                {
                    if (quoted)
                    {
                        throw InvalidInputException.At(name, start, "a quoted cell is not closed.");
                    }
                    break;
                }
                var c = text[i++];
                if (quoted)
                {
                    if (c == '"' && i < text.Length && text[i] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        cell.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else if (c == '\n')
                {
                    line++;
                    done = true;
                }
                else if (c != '\r')
                {
                    cell.Append(c);
                }
            }
            cells.Add(cell.ToString());
            if (cells.Count > 1 || cells[0].Length > 0)
            {
                yield return (start, cells);
            }
        }
    }
}
