using System.Text;
using LangGap.Text;

namespace LangGap.Evaluation.Datasets;

/// <summary>Reads CSV (RFC 4180 quoting, fields may span lines) and TSV (no quoting), with or without a header row.</summary>
internal static class DelimitedRowReader
{
    /// <param name="path">The file.</param>
    /// <param name="delimiter"><c>,</c> for CSV (quoted fields allowed) or <c>\t</c> for TSV (quotes are literal).</param>
    /// <param name="columns">Column names for a file without header; <see langword="null"/> reads them from the first row.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static async Task<IReadOnlyList<DatasetRow>> ReadAsync(string path, char delimiter, IReadOnlyList<string>? columns, CancellationToken cancellationToken)
    {
        var lines = await LineFile.ReadAllLinesAsync(path, null, cancellationToken).ConfigureAwait(false);
        var records = delimiter == '\t' ? SplitTsv(lines) : SplitCsv(lines, path);
        var rows = new List<DatasetRow>(records.Count);
        var header = columns;
        foreach (var (line, fields) in records)
        {
            if (header is null)
            {
                header = fields;
                var duplicate = fields.GroupBy(f => f, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
                if (duplicate is not null)
                {
                    throw InvalidInputException.At(path, line, $"the header names column '{duplicate.Key}' twice.");
                }
                continue;
            }
            if (fields.Count != header.Count)
            {
                throw InvalidInputException.At(path, line, $"expected {header.Count} fields; found {fields.Count}.");
            }
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                values[header[i]] = fields[i];
            }
            rows.Add(new DatasetRow(path, line, values));
        }
        return rows;
    }

    private static List<(long Line, IReadOnlyList<string> Fields)> SplitTsv(IReadOnlyList<string> lines)
    {
        var records = new List<(long, IReadOnlyList<string>)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 0)
            {
                records.Add((i + 1, lines[i].Split('\t')));
            }
        }
        return records;
    }

    private static List<(long Line, IReadOnlyList<string> Fields)> SplitCsv(IReadOnlyList<string> lines, string path)
    {
        var records = new List<(long, IReadOnlyList<string>)>(lines.Count);
        var field = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            var start = i;
            var fields = new List<string>();
            var quoted = false;
            var line = lines[i];
            for (var j = 0; ; j++)
            {
                if (j == line.Length)
                {
                    if (!quoted)
                    {
                        break;
                    }
                    if (++i == lines.Count)
                    {
                        throw InvalidInputException.At(path, start + 1, "a quoted field is not closed before the end of the file.");
                    }
                    field.Append('\n');
                    line = lines[i];
                    j = -1;
                    continue;
                }
                var c = line[j];
                if (quoted)
                {
                    if (c != '"') field.Append(c);
                    else if (j + 1 < line.Length && line[j + 1] == '"') { field.Append('"'); j++; }
                    else quoted = false;
                }
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else if (c == '"' && field.Length == 0) quoted = true;
                else if (c == '"') throw InvalidInputException.At(path, i + 1, $"a quote appears inside an unquoted field at column {j + 1}.");
                else field.Append(c);
            }
            fields.Add(field.ToString());
            field.Clear();
            records.Add((start + 1, fields));
        }
        return records;
    }
}
