using System.Globalization;
using System.Text.Json;
using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Languages;

namespace LangGap.Reasoning;

/// <summary>The problem sets <c>langgap reason</c> runs: the built-in <c>reason-demo</c> (held-out chains of additions for
/// the embedded model) and MGSM from a folder of <c>mgsm_&lt;lang&gt;.tsv</c> files.</summary>
public static class ReasoningSuites
{
    /// <summary>The built-in suite's name.</summary>
    public const string Demo = "reason-demo";

    /// <summary>MGSM's name.</summary>
    public const string Mgsm = "mgsm";

    /// <summary>Where the built-in suite's problems are (next to the binaries).</summary>
    public static string DemoPath => Path.Combine(AppContext.BaseDirectory, "assets", "suites", Demo, "problems.jsonl");

    /// <summary>Loads the samples of <paramref name="suite"/> in <paramref name="languages"/> (all of the suite's when empty),
    /// grouped by language in the order given.</summary>
    /// <param name="suite"><see cref="Demo"/> or <see cref="Mgsm"/>.</param>
    /// <param name="dataDirectory">The MGSM folder (needed for <see cref="Mgsm"/>).</param>
    /// <param name="languages">The query languages to keep.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="InvalidInputException">The suite is unknown, a file is missing or malformed, or a language is not in the suite.</exception>
    public static async Task<IReadOnlyList<Sample>> LoadAsync(string suite, string? dataDirectory, IReadOnlyList<LanguageTag> languages,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(languages);
        IReadOnlyList<Sample> samples = suite switch
        {
            Demo => await LoadDemoAsync(DemoPath, cancellationToken).ConfigureAwait(false),
            Mgsm => await LoadMgsmAsync(dataDirectory ?? throw new InvalidInputException("--suite mgsm needs --data DIR, the folder of mgsm_<lang>.tsv files."),
                languages, cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidInputException($"--suite expects {Demo} or {Mgsm}, not '{suite}'."),
        };
        if (languages.Count == 0)
        {
            return samples;
        }
        var kept = new List<Sample>();
        foreach (var language in languages)
        {
            var these = samples.Where(s => LanguageTag.Equivalent(s.Language, language)).ToList();
            if (these.Count == 0)
            {
                throw new InvalidInputException(
                    $"--languages: suite {suite} has no '{language}' problems (it has {string.Join(", ", samples.Select(s => s.Language.ToString()).Distinct())}).");
            }
            kept.AddRange(these);
        }
        return kept;
    }

    /// <summary>Reads a reason-demo JSONL file: <c>id</c>, <c>language</c>, <c>prompt</c>, <c>answer</c> (a number) per line.</summary>
    /// <exception cref="InvalidInputException">The file is missing or a line is malformed (file:line).</exception>
    public static async Task<IReadOnlyList<Sample>> LoadDemoAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{path}: the reason-demo suite is missing from this build.");
        }
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        var samples = new List<Sample>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            try
            {
                using var doc = JsonDocument.Parse(lines[i]);
                var root = doc.RootElement;
                var language = LanguageTag.Parse(root.GetProperty("language").GetString()!);
                var answer = root.GetProperty("answer").GetDecimal().ToString(CultureInfo.InvariantCulture);
                samples.Add(Sample.FromPrompt(root.GetProperty("id").GetString()!, language, root.GetProperty("prompt").GetString()!, [answer]));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
            {
                throw new InvalidInputException($"{path}:{i + 1}: expected a JSON object with id, language, prompt and a numeric answer ({e.Message})");
            }
        }
        return samples;
    }

    private static async Task<IReadOnlyList<Sample>> LoadMgsmAsync(string directory, IReadOnlyList<LanguageTag> languages, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidInputException($"--data: '{directory}' is not a folder.");
        }
        var files = languages.Count > 0
            ? languages.Select(l => Path.Combine(directory, $"mgsm_{l.Iso639_1 ?? l.Language}.tsv")).ToList()
            : [.. Directory.GetFiles(directory, "mgsm_*.tsv").Order(StringComparer.Ordinal)];
        if (files.Count == 0)
        {
            throw new InvalidInputException($"--data: '{directory}' holds no mgsm_<lang>.tsv files.");
        }
        var samples = new List<Sample>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new InvalidInputException($"--languages: '{file}' does not exist.");
            }
            samples.AddRange(await DatasetLoader.LoadAsync(new DatasetSpec { Format = DatasetFormat.Mgsm, Path = file }, null, cancellationToken).ConfigureAwait(false));
        }
        return samples;
    }
}
