using System.Text.Json;
using LangGap.Models.ChatTemplates;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace LangGap.Models;

/// <summary>A validated models file: the models a run may use and where responses are cached.</summary>
/// <remarks>
/// JSON (<c>.json</c>) or YAML (any other extension), snake_case keys:
/// <code>
/// cache_dir: .langgap/cache
/// models:
///   - id: aya-23-8b
///     model: CohereForAI/aya-23-8B
///     api: completions          # or chat (default)
///     template: cohere          # required for completions: cohere, llama3, chatml
///     api_key_env: VLLM_KEY     # the variable's name, never the key
///     endpoints:
///       - { url: http://10.0.0.1:8000/v1, max_concurrency: 64 }
///       - { url: http://10.0.0.2:8000/v1, max_concurrency: 64 }
///     temperature: 0
///     max_tokens: 512
///     timeout_seconds: 120
///     max_retries: 5
///     retry_base_delay_seconds: 1   # first backoff; doubles per retry, with jitter
///     retry_max_delay_seconds: 30
/// </code>
/// A model with a single server may give <c>url</c> instead of <c>endpoints</c>. Every problem in the file is
/// reported at once. An <c>api_key</c> entry is rejected: keys are read from the variable named by <c>api_key_env</c>.
/// </remarks>
public sealed record ModelsFile(IReadOnlyList<ModelDefinition> Models, string? CacheDirectory)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads and validates the models file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidInputException">The file is missing, unreadable or invalid; the message lists every problem.</exception>
    public static async Task<ModelsFile> LoadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"Models file '{path}' does not exist.");
        }
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(text, path);
    }

    /// <summary>Parses and validates models-file text; <paramref name="displayName"/> names it in errors and picks the syntax by extension.</summary>
    /// <exception cref="InvalidInputException">The text is invalid; the message lists every problem.</exception>
    public static ModelsFile Parse(string text, string displayName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(displayName);
        var document = displayName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? ParseJson(text, displayName)
            : ParseYaml(text, displayName);
        return Validate(document, displayName);
    }

    /// <summary>Returns the model called <paramref name="id"/>.</summary>
    /// <exception cref="InvalidInputException">No model has that id.</exception>
    public ModelDefinition Get(string id) =>
        Models.FirstOrDefault(m => m.Id == id)
        ?? throw new InvalidInputException($"No model '{id}' in the models file; known: {string.Join(", ", Models.Select(m => $"'{m.Id}'"))}.");

    private static ModelsFileDocument ParseJson(string text, string displayName)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelsFileDocument>(text, Json) ?? new ModelsFileDocument();
        }
        catch (JsonException e)
        {
            throw InvalidInputException.At(displayName, (e.LineNumber ?? 0) + 1, $"invalid models file: {e.Message}");
        }
    }

    private static ModelsFileDocument ParseYaml(string text, string displayName)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        try
        {
            return deserializer.Deserialize<ModelsFileDocument?>(text) ?? new ModelsFileDocument();
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw InvalidInputException.At(displayName, e.Start.Line, $"invalid models file: {reason}");
        }
    }

    private static ModelsFile Validate(ModelsFileDocument document, string displayName)
    {
        var problems = new List<string>();
        var models = new List<ModelDefinition>();
        if (document.Models is not { Count: > 0 })
        {
            problems.Add("'models' must list at least one model");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (document.Models?.Count ?? 0); i++)
        {
            var entry = document.Models![i];
            var where = $"models[{i}]" + (entry.Id is null ? "" : $" ('{entry.Id}')");
            if (entry.Id is not null && !seen.Add(entry.Id))
            {
                problems.Add($"{where}: the id '{entry.Id}' is used twice");
            }
            if (ModelEntryValidator.Validate(entry, where, problems) is { } model)
            {
                models.Add(model);
            }
        }
        if (problems.Count > 0)
        {
            throw new InvalidInputException($"{displayName}: {problems.Count} problem{(problems.Count == 1 ? "" : "s")}: {string.Join("; ", problems)}.");
        }
        return new ModelsFile(models, document.CacheDir);
    }
}
