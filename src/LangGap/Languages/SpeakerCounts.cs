using System.Globalization;

namespace LangGap.Languages;

/// <summary>Speaker estimates per language (first-language and total), each with its source, for weighing results by the people they serve.</summary>
/// <remarks>
/// The data is <c>Languages/speakers.tsv</c>, embedded in the library and made by <c>assets/languages/make-speakers.py</c>
/// (see <c>assets/languages/README.md</c>): totals from Unicode CLDR's territory data, first-language figures from Ethnologue
/// 2019 and van Esch et al. 2022 (a total below its first-language figure is raised to it, source <c>l1-floor</c>). A figure
/// LangGap has no source for is <see langword="null"/>, never estimated. Speaker
/// counts of a macrolanguage (<c>zh</c>, <c>ar</c>) include its members' (<c>cmn</c>, <c>arz</c>), so never sum a
/// macrolanguage with its members.
/// </remarks>
public static class SpeakerCounts
{
    private const string ResourceName = "LangGap.Languages.speakers.tsv";

    private static readonly Lazy<Table> Shared = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every language with a row, most speakers (total) first.</summary>
    public static IReadOnlyList<SpeakerCount> All => Shared.Value.Rows;

    /// <summary>The world population in millions the shares of a report are taken of.</summary>
    public static double WorldPopulationMillions => Shared.Value.World;

    /// <summary>The source of <see cref="WorldPopulationMillions"/> (a key of <see cref="Sources"/>).</summary>
    public static string WorldPopulationSource => Shared.Value.WorldSource;

    /// <summary>Every source key the rows use, with what it is.</summary>
    public static IReadOnlyDictionary<string, string> Sources => Shared.Value.SourceTexts;

    /// <summary>The row of <paramref name="language"/>'s language (script and region do not matter), or <see langword="null"/>.</summary>
    public static SpeakerCount? Find(LanguageTag language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Shared.Value.ByCode.GetValueOrDefault(language.LanguageOnly.ToString());
    }

    /// <summary>Parses speaker data (the embedded file's format); a malformed line throws <see cref="InvalidDataException"/> naming <c>source:line</c>.</summary>
    internal static IReadOnlyList<SpeakerCount> Parse(TextReader reader, string source) => Read(reader, source).Rows;

    private sealed record Table(IReadOnlyList<SpeakerCount> Rows, Dictionary<string, SpeakerCount> ByCode, double World, string WorldSource,
        IReadOnlyDictionary<string, string> SourceTexts);

    private static Table Read(TextReader reader, string source)
    {
        var rows = new List<SpeakerCount>();
        var byCode = new Dictionary<string, SpeakerCount>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        double? world = null;
        var worldSource = "";
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t');
            InvalidDataException Error(string message) => new($"{source}:{number}: {message}.");
            switch (cells[0])
            {
                case "@source" when cells.Length == 3:
                    sources[cells[1]] = cells[2];
                    continue;
                case "@world" when cells.Length == 3:
                    world = Millions(cells[1]) ?? throw Error("the world population is missing");
                    worldSource = Known(cells[2]);
                    continue;
                case var directive when directive.StartsWith('@'):
                    throw Error($"'{directive}' is not a known directive with its values");
            }
            if (cells.Length != 6)
            {
                throw Error($"expected 6 tab-separated columns, found {cells.Length}");
            }
            if (!LanguageTag.TryParse(cells[0], out var tag) || tag.ToString() != cells[0])
            {
                throw Error($"'{cells[0]}' is not a language code of the registry in normal form");
            }
            var l1 = Millions(cells[2]);
            var total = Millions(cells[4]);
            var row = new SpeakerCount(tag, l1, l1 is null ? null : Known(cells[3]), total, total is null ? null : Known(cells[5]));
            if (l1 > total)
            {
                throw Error($"first-language speakers ({cells[2]}) exceed total speakers ({cells[4]})");
            }
            if (!byCode.TryAdd(cells[0], row))
            {
                throw Error($"'{cells[0]}' has a row already");
            }
            rows.Add(row);

            double? Millions(string text) => text == "-" ? null
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 && double.IsFinite(v) ? v
                : throw Error($"'{text}' is not a number of millions");

            string Known(string key) => sources.ContainsKey(key) ? key : throw Error($"source '{key}' is not named by an @source line above");
        }
        if (world is null)
        {
            throw new InvalidDataException($"{source}: no @world line gives the world population.");
        }
        return new Table(rows, byCode, world.Value, worldSource, sources);
    }

    private static Table Load()
    {
        using var stream = typeof(SpeakerCounts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from LangGap.dll.");
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, true));
        return Read(reader, "speakers.tsv");
    }
}
