using System.Globalization;
using System.Text.Json;
using LangGap.Evaluation.Suites;
using LangGap.Storage;

namespace LangGap.Evaluation.Workspace;

/// <summary>A run folder: where <c>langgap eval</c> keeps a run (<c>run.db</c>), how a new one is named, and the rule
/// that an existing one is resumed only with the settings it was made with.</summary>
/// <remarks>
/// <para>Layout: <c>FOLDER/run.db</c> holds the run's configuration (suite context, tasks, models with their identity,
/// options), every generation and every score. A new folder is <c>runs/yyyyMMdd-HHmmss-SUITE</c> (UTC), never an existing
/// one.</para>
/// <para>Resume contract: <see cref="OpenAsync"/> compares the run's configuration with the one stored in the folder and
/// refuses with one sentence naming what changed — a task's data, a scorer or its settings (its identity key), a model's
/// weights, the seed, k — so a run folder never mixes generations or scores made under different settings. An unchanged rerun reuses everything.</para>
/// </remarks>
public sealed class RunWorkspace
{
    /// <summary>The run store's file name inside a run folder.</summary>
    public const string StoreFileName = "run.db";

    /// <summary>Where run folders of earlier LangGap versions kept the suite context (read for old folders only).</summary>
    public const string LegacyContextFileName = "suite-context.json";

    private static readonly JsonSerializerOptions LegacyJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private RunWorkspace(string folder) => Folder = folder;

    /// <summary>The run folder.</summary>
    public string Folder { get; }

    /// <summary>The run store file.</summary>
    public string StorePath => Path.Combine(Folder, StoreFileName);

    /// <summary>The folder <paramref name="folder"/>, or a new folder under <paramref name="root"/> named by the time and <paramref name="suiteName"/>.</summary>
    public static RunWorkspace At(string? folder, string suiteName, TimeProvider? timeProvider = null, string root = "runs")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(suiteName);
        if (folder is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(folder);
            return new RunWorkspace(folder);
        }
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        var stem = Path.Combine(root, $"{now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{suiteName}");
        var candidate = stem;
        for (var i = 2; Directory.Exists(candidate); i++)
        {
            candidate = $"{stem}-{i}";
        }
        return new RunWorkspace(candidate);
    }

    /// <summary>Creates the folder if needed and opens its store for <paramref name="run"/>.</summary>
    /// <exception cref="InvalidInputException">The folder holds a run with other settings (the message says which), or its store is unusable.</exception>
    public async Task<RunStore> OpenAsync(EvaluationRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var config = await EvaluationRunner.DescribeAsync(run, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(Folder);
        var store = await RunStore.OpenAsync(StorePath, cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = await store.ReadRunsAsync(cancellationToken).ConfigureAwait(false);
            if (stored.Count > 0 && RunSettingsChange.Compare(stored[^1].ConfigJson, config) is { Count: > 0 } changes)
            {
                throw new InvalidInputException(
                    $"Cannot resume {Folder}: it holds a run made with other settings ({RunSettingsChange.Describe(changes)}); " +
                    "give a new --out folder, or rerun with the settings it was made with.");
            }
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The suite context of the run in <paramref name="folderOrStore"/> (a run folder or its <c>run.db</c>), or
    /// <see langword="null"/> when the run names no suite.</summary>
    /// <exception cref="InvalidInputException">The store or an old folder's context file is unreadable.</exception>
    public static async Task<SuiteContext?> ReadSuiteContextAsync(string folderOrStore, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folderOrStore);
        var folder = Directory.Exists(folderOrStore) ? folderOrStore : Path.GetDirectoryName(Path.GetFullPath(folderOrStore))!;
        var db = Directory.Exists(folderOrStore) ? Path.Combine(folderOrStore, StoreFileName) : folderOrStore;
        if (File.Exists(db))
        {
            await using var store = await RunStore.OpenAsync(db, cancellationToken).ConfigureAwait(false);
            var runs = await store.ReadRunsAsync(cancellationToken).ConfigureAwait(false);
            if (runs.Count > 0 && FromConfig(runs[^1].ConfigJson) is { } context)
            {
                return context;
            }
        }
        var legacy = Path.Combine(folder, LegacyContextFileName);
        if (!File.Exists(legacy))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<SuiteContext>(await File.ReadAllTextAsync(legacy, cancellationToken).ConfigureAwait(false), LegacyJson);
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"{legacy}: not a valid suite context ({e.Message}).");
        }
    }

    private static SuiteContext? FromConfig(string configJson)
    {
        try
        {
            using var document = JsonDocument.Parse(configJson);
            if (!document.RootElement.TryGetProperty("suite", out var suite) || suite.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var languages = suite.TryGetProperty("languages", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(l => new SuiteLanguage(
                    SuiteJson.String(l, "code") ?? "", SuiteJson.Int(l, "resource_class"), SuiteJson.String(l, "prompt_origin"))).ToList()
                : [];
            return new SuiteContext(SuiteJson.String(suite, "name") ?? "", languages);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
