using System.Text.Json;
using LangGap.Evaluation.Suites;

namespace LangGap.Cli.Commands;

/// <summary>What a run folder records about its suite for reports: name and languages (resource class, prompt origin).</summary>
internal sealed record SuiteContext(string Name, IReadOnlyList<SuiteLanguage> Languages)
{
    public static JsonSerializerOptions Json { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static async Task<SuiteContext?> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, EvalCommand.ContextFile);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<SuiteContext>(await File.ReadAllTextAsync(path, cancellationToken), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"{path}: not a valid suite context ({e.Message}).");
        }
    }
}
