using System.Globalization;

namespace LangGap.Languages;

/// <summary>The parsed <c>languages.tsv</c> with its indexes; loaded once, on first use.</summary>
/// <remarks>
/// Columns, tab-separated, <c>-</c> for empty: ISO 639-3, ISO 639-1, English name, native name, scripts (space
/// separated, default first; a leading <c>!</c> keeps the script in the normal form), FLORES-200 scripts,
/// Joshi class, speakers in millions, macrolanguage code, the code the language matches for
/// <see cref="LanguageTag.Equivalent"/>, other codes (aliases). Lines starting with <c>#</c> are comments.
/// </remarks>
internal sealed class LanguageData
{
    private const string ResourceName = "LangGap.Languages.languages.tsv";
    private const int ColumnCount = 11;

    private static readonly Lazy<LanguageData> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, LanguageRecord> _byCode;
    private readonly Dictionary<string, LanguageRecord>.AlternateLookup<ReadOnlySpan<char>> _byCodeSpan;
    private readonly Dictionary<LanguageRecord, LanguageInfo> _info;
    private readonly Dictionary<LanguageRecord, IReadOnlyList<LanguageRecord>> _groups;

    private LanguageData(IReadOnlyList<LanguageRecord> records, Dictionary<string, LanguageRecord> byCode)
    {
        _byCode = new Dictionary<string, LanguageRecord>(byCode, StringComparer.OrdinalIgnoreCase);
        _byCodeSpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
        _info = new Dictionary<LanguageRecord, LanguageInfo>();
        foreach (var record in records)
        {
            var macro = record.MacrolanguageCode is null ? null : LanguageTag.ForLanguage(byCode[record.MacrolanguageCode]);
            var flores = record.FloresScripts.Select(s => $"{record.Iso639_3}_{s}").ToArray();
            _info[record] = new LanguageInfo(
                LanguageTag.ForLanguage(record), record.EnglishName, record.NativeName, record.Scripts,
                record.ResourceClass, record.SpeakersMillions, flores, macro);
        }
        var groups = new Dictionary<LanguageRecord, List<LanguageRecord>>();
        foreach (var record in records)
        {
            var root = MatchRoot(record);
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = [];
            }
            members.Add(record);
        }
        _groups = groups.ToDictionary(g => g.Key, g => (IReadOnlyList<LanguageRecord>)g.Value);
        All = records.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => _info[r]).ToArray();
        FloresCodes = All.SelectMany(i => i.FloresCodes).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The data embedded in the library.</summary>
    public static LanguageData Instance => Shared.Value;

    /// <summary>Every language, ordered by normalised code.</summary>
    public IReadOnlyList<LanguageInfo> All { get; }

    /// <summary>Every FLORES-200 code, ordered.</summary>
    public IReadOnlyList<string> FloresCodes { get; }

    /// <summary>The language an ISO 639-1, ISO 639-3 or alias code names (any case), or null.</summary>
    public LanguageRecord? Find(ReadOnlySpan<char> code) => _byCodeSpan.TryGetValue(code, out var record) ? record : null;

    /// <summary>The registry entry of a language.</summary>
    public LanguageInfo InfoOf(LanguageRecord record) => _info[record];

    /// <summary>The language <paramref name="record"/> is treated as for equivalence (itself when it matches no other).</summary>
    public LanguageRecord MatchRoot(LanguageRecord record) =>
        record.MatchesCode is null ? record : _byCode[record.MatchesCode];

    /// <summary>Every language with the same match root as <paramref name="record"/>, the root included.</summary>
    public IReadOnlyList<LanguageRecord> MatchGroup(LanguageRecord record) => _groups[MatchRoot(record)];

    /// <summary>Parses registry data; a malformed line throws <see cref="InvalidDataException"/> naming <c>source:line</c>.</summary>
    public static LanguageData Parse(TextReader reader, string source)
    {
        var records = new List<LanguageRecord>();
        var byCode = new Dictionary<string, LanguageRecord>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var record = ParseLine(line, source, lineNumber);
            foreach (var code in new[] { record.Iso639_3, record.Iso639_1 }.Concat(record.Aliases))
            {
                if (code is not null && !byCode.TryAdd(code, record))
                {
                    throw Error(source, lineNumber, $"code '{code}' is already used on line {byCode[code].Line}");
                }
            }
            records.Add(record);
        }
        foreach (var record in records)
        {
            CheckReference(record.MacrolanguageCode, record, byCode, source);
            CheckReference(record.MatchesCode, record, byCode, source);
            if (record.MatchesCode is not null && byCode[record.MatchesCode].MatchesCode is not null)
            {
                throw Error(source, record.Line, $"'{record.MatchesCode}' matches another language itself; point at the root");
            }
        }
        return new LanguageData(records, byCode);
    }

    private static LanguageRecord ParseLine(string line, string source, int lineNumber)
    {
        var cells = line.Split('\t');
        if (cells.Length != ColumnCount)
        {
            throw Error(source, lineNumber, $"expected {ColumnCount} tab-separated columns, found {cells.Length}");
        }
        string? Optional(int i) => cells[i] == "-" ? null : cells[i];
        IReadOnlyList<string> List(int i) => cells[i] == "-" ? [] : cells[i].Split(' ');

        var iso3 = cells[0];
        var iso1 = Optional(1);
        if (!IsLowerAscii(iso3, 3) || (iso1 is not null && !IsLowerAscii(iso1, 2)))
        {
            throw Error(source, lineNumber, $"'{iso3}'/'{iso1}' are not ISO 639-3/639-1 shaped codes");
        }
        var keepsScript = cells[4].StartsWith('!');
        var scripts = (IReadOnlyList<string>)cells[4].TrimStart('!').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var floresScripts = List(5);
        if (scripts.Count == 0)
        {
            throw Error(source, lineNumber, "at least one script is required");
        }
        var unknown = scripts.Concat(floresScripts).FirstOrDefault(s => !IsoScripts.Contains(s));
        if (unknown is not null)
        {
            throw Error(source, lineNumber, $"'{unknown}' is not a known ISO 15924 script");
        }
        ResourceClass? resourceClass = Optional(6) switch
        {
            null => null,
            var c when c.Length == 1 && c[0] is >= '0' and <= '5' => (ResourceClass)(c[0] - '0'),
            var c => throw Error(source, lineNumber, $"resource class '{c}' is not 0–5"),
        };
        double? speakers = Optional(7) switch
        {
            null => null,
            var s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 => v,
            var s => throw Error(source, lineNumber, $"speakers '{s}' is not a positive number"),
        };
        if (cells[2].Length == 0 || cells[3].Length == 0)
        {
            throw Error(source, lineNumber, "English and native names are required");
        }
        return new LanguageRecord(
            iso3, iso1, cells[2], cells[3], scripts, floresScripts, resourceClass, speakers,
            Optional(8), Optional(9), List(10), keepsScript, lineNumber);
    }

    private static void CheckReference(string? code, LanguageRecord record, Dictionary<string, LanguageRecord> byCode, string source)
    {
        if (code is not null && (!byCode.TryGetValue(code, out var target) || ReferenceEquals(target, record)))
        {
            throw Error(source, record.Line, $"'{code}' does not name another language in the registry");
        }
    }

    private static bool IsLowerAscii(string s, int length) => s.Length == length && s.All(char.IsAsciiLetterLower);

    private static InvalidDataException Error(string source, int line, string message) => new($"{source}:{line}: {message}.");

    private static LanguageData LoadEmbedded()
    {
        using var stream = typeof(LanguageData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from LangGap.dll.");
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, true));
        return Parse(reader, "languages.tsv");
    }
}
