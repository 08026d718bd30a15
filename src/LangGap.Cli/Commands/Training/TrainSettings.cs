using System.Text.Json;

namespace LangGap.Cli.Commands.Training;

/// <summary>What <c>langgap train</c> was given besides the trainer's own options — data, reward, models file — kept in the
/// output folder so <c>--resume</c> continues with the same settings without asking for them again.</summary>
/// <param name="Method">The training method.</param>
/// <param name="Model">The base model as given.</param>
/// <param name="Data">The training data file as given.</param>
/// <param name="Reward">The reward specification, or <see langword="null"/>.</param>
/// <param name="Models">The models file judges were resolved in, or <see langword="null"/>.</param>
internal sealed record TrainSettings(string Method, string Model, string Data, string? Reward, string? Models)
{
    public const string FileName = "train-settings.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static async Task<TrainSettings?> ReadAsync(string outputDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(outputDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<TrainSettings>(await File.ReadAllTextAsync(path, cancellationToken), Json)
                ?? throw new InvalidInputException($"{path}: empty training settings.");
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"{path}: not valid training settings ({e.Message}).");
        }
    }

    public Task WriteAsync(string outputDirectory, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(outputDirectory, FileName), JsonSerializer.Serialize(this, Json), cancellationToken);
}
