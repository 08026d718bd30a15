using System.Text.RegularExpressions;
using LangGap.Languages;

namespace LangGap.Survey.Annotation;

/// <summary>The data sets LangGap knows the languages of (<c>Survey/Annotation/datasets.tsv</c>, each row with its source).</summary>
internal sealed class DatasetTable
{
    private readonly Dictionary<string, DatasetEntry> _byName = new(StringComparer.Ordinal);
    private readonly Regex _names;

    private DatasetTable()
    {
        using var stream = typeof(DatasetTable).Assembly.GetManifestResourceStream("LangGap.Survey.Annotation.datasets.tsv")
            ?? throw new InvalidOperationException("The embedded dataset table is missing.");
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length != 3)
            {
                throw new InvalidOperationException($"datasets.tsv:{lineNumber}: expected 3 tab-separated cells, found {cells.Length}.");
            }
            var names = cells[0].Split('|');
            var languages = cells[1] == "*" ? [] : cells[1].Split(' ').Select(c => LanguageTag.Parse(c).ToBcp47()).Order(StringComparer.Ordinal).ToArray();
            var entry = new DatasetEntry(names[0], languages, cells[1] == "*", cells[2]);
            Entries.Add(entry);
            foreach (var name in names)
            {
                _byName[name] = entry;
            }
        }
        var alternatives = _byName.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape);
        _names = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The table, read once from the library.</summary>
    public static DatasetTable Instance { get; } = new();

    /// <summary>Every row, in file order.</summary>
    public List<DatasetEntry> Entries { get; } = [];

    /// <summary>Every known data set mentioned in <paramref name="text"/>.</summary>
    public IEnumerable<(DatasetEntry Entry, Match Match)> Find(string text)
    {
        for (var m = _names.Match(text); m.Success; m = m.NextMatch())
        {
            yield return (_byName[m.Value], m);
        }
    }
}
