using System.Text.Json;
using LangGap.Evaluation.Datasets;
using LangGap.Metrics;
using Microsoft.Extensions.AI;

namespace LangGap.Evaluation.Suites;

/// <summary>Reads a <c>suite.json</c> into tasks: dataset, prompt template, generation options and scorers.</summary>
/// <remarks>
/// <para>A suite names its tasks; each has a dataset (<c>format</c>, <c>path</c> relative to the suite file, <c>fields</c>),
/// a <c>prompt_template</c> (a user template string or <c>{"system", "user"}</c>), <c>generation</c> options over the suite's
/// <c>defaults.generation</c>, and <c>scorers</c>: <c>chrf</c>, <c>bleu</c>, <c>language-fidelity</c> (<c>language_field</c>),
/// <c>numeric-match</c>, <c>length</c> (<c>unit</c>: chars or words), <c>judge</c> (<c>judge</c>: a model id, <c>rubric</c>),
/// <c>pairwise-judge</c> (<c>judge</c>: a model id, <c>orders</c>: random or both; compares the first model with each other).</para>
/// <para>Safety scorers (<c>LangGap.Safety</c>): <c>refusal</c>, <c>profanity</c>, <c>harm-judge</c> (<c>judge</c>, <c>rubric_file</c>); a dataset with format <c>aya-redteaming</c> or <c>"red_team": true</c> is read as red-team rows with checked harm categories.</para>
/// <para>A built-in suite is named instead of given as a file: <c>demo</c> is <c>assets/suites/demo/suite.json</c> next to the binaries, <c>redteam-demo</c> likewise.</para>
/// </remarks>
public static class SuiteLoader
{
    /// <summary>The names of built-in suites.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = ["demo", "redteam-demo", "aya23"];

    /// <summary>The suite file for <paramref name="fileOrName"/>: a built-in suite's file, or the path itself.</summary>
    public static string Resolve(string fileOrName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileOrName);
        return BuiltIn.Contains(fileOrName, StringComparer.Ordinal) && !File.Exists(fileOrName)
            ? System.IO.Path.Combine(AppContext.BaseDirectory, "assets", "suites", fileOrName, "suite.json")
            : fileOrName;
    }

    /// <summary>Loads the suite <paramref name="fileOrName"/>; <paramref name="judges"/> gives the client of a judge model id.</summary>
    /// <exception cref="InvalidInputException">The file is missing or malformed, or names an unknown scorer or format.</exception>
    public static Task<Suite> LoadAsync(string fileOrName, Func<string, IChatClient>? judges, CancellationToken cancellationToken) =>
        LoadAsync(fileOrName, judges, null, cancellationToken);

    /// <summary>Loads the suite <paramref name="fileOrName"/> with <c>{data}</c> paths read under <paramref name="dataDirectory"/>;
    /// <see cref="Suite.Skipped"/> lists the parts of optional tasks that were not found.</summary>
    /// <exception cref="InvalidInputException">The file is missing or malformed, names an unknown scorer or format, or nothing of it can run.</exception>
    public static async Task<Suite> LoadAsync(string fileOrName, Func<string, IChatClient>? judges, string? dataDirectory, CancellationToken cancellationToken)
    {
        if (dataDirectory is not null && !Directory.Exists(dataDirectory))
        {
            throw new InvalidInputException($"--data '{dataDirectory}' is not a folder.");
        }
        var path = Resolve(fileOrName);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"Suite file '{path}' does not exist; give a suite.json or one of: {string.Join(", ", BuiltIn)}.");
        }
        JsonDocument document;
        try
        {
            await using var stream = File.OpenRead(path);
            document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw InvalidInputException.At(path, (e.LineNumber ?? 0) + 1, $"the suite is not valid JSON: {e.Message}");
        }
        using (document)
        {
            return Read(document.RootElement, path, judges, dataDirectory);
        }
    }

    private static Suite Read(JsonElement root, string path, Func<string, IChatClient>? judges, string? dataDirectory)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var name = SuiteJson.String(root, "name") ?? System.IO.Path.GetFileNameWithoutExtension(directory);
        var languages = new List<SuiteLanguage>();
        if (root.TryGetProperty("languages", out var langs) && langs.ValueKind == JsonValueKind.Array)
        {
            foreach (var l in langs.EnumerateArray())
            {
                var code = SuiteJson.String(l, "code") ?? throw new InvalidInputException($"{path}: a language has no 'code'.");
                languages.Add(new SuiteLanguage(code, SuiteJson.Int(l, "resource_class"), SuiteJson.String(l, "prompt_origin")));
            }
        }
        var defaults = root.TryGetProperty("defaults", out var d) ? d : default;
        var defaultGeneration = defaults.ValueKind == JsonValueKind.Object && defaults.TryGetProperty("generation", out var dg) ? SuiteJson.Generation(dg) : new GenerationOptions();
        int? samples = defaults.ValueKind == JsonValueKind.Object ? SuiteJson.Int(defaults, "samples") : null;
        if (!root.TryGetProperty("tasks", out var tasks) || tasks.ValueKind != JsonValueKind.Array || tasks.GetArrayLength() == 0)
        {
            throw new InvalidInputException($"{path}: the suite has no 'tasks' array.");
        }
        var list = new List<EvalTask>();
        var skipped = new List<SuiteSkip>();
        var context = new SuiteReadContext(dataDirectory, [.. languages.Select(l => l.Code)]);
        foreach (var task in tasks.EnumerateArray())
        {
            var (read, skips) = SuiteTaskReader.Read(task, path, directory, defaultGeneration, judges, context);
            skipped.AddRange(skips);
            if (read is null)
            {
                continue;
            }
            if (list.Any(t => t.Name == read.Name))
            {
                throw new InvalidInputException($"{path}: two tasks are named '{read.Name}'; task names must be unique.");
            }
            if (read.Scorers.GroupBy(x => x.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new InvalidInputException($"{path}: task '{read.Name}' has two scorers named '{twice.Key}'; give each scorer once.");
            }
            list.Add(read);
        }
        if (list.Count == 0)
        {
            throw new InvalidInputException($"{path}: no task of the suite has data to run ({string.Join("; ", skipped.Where(s => s.Language is null))}).");
        }
        return new Suite(name, path, SuiteJson.String(root, "description") ?? "", languages, list, samples) { Skipped = skipped };
    }
}
