namespace LangGap.Torch.Checkpoints;

/// <summary>Loads a local model: <c>embedded</c> (the small model shipped with LangGap) or a Hugging Face folder.</summary>
/// <remarks>Commands resolve what a user typed through <c>LangGap.Torch.Resolution.ModelResolver</c> (models-file ids,
/// then <c>embedded</c>, then folders), which loads local weights here.</remarks>
public static class ModelSource
{
    /// <summary>The name that selects the embedded model.</summary>
    public const string EmbeddedName = "embedded";

    /// <summary>Where the embedded model's files are: <c>assets/embedded/model</c> next to the LangGap binaries.</summary>
    public static string EmbeddedDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "assets", "embedded", "model");

    /// <summary>Loads <paramref name="spec"/>: <c>embedded</c> or a folder path.</summary>
    /// <exception cref="InvalidInputException">The folder does not exist or is not a usable model.</exception>
    public static PretrainedModel Load(string spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        if (spec.Equals(EmbeddedName, StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(Path.Combine(EmbeddedDirectory, "model.safetensors")))
            {
                throw new InvalidInputException($"{EmbeddedDirectory}: the embedded model is missing from this build.");
            }
            return HfCheckpoint.Load(EmbeddedDirectory, EmbeddedName);
        }
        if (!Directory.Exists(spec))
        {
            throw new InvalidInputException($"{spec}: model folder not found (use 'embedded' or a Hugging Face model folder).");
        }
        return HfCheckpoint.Load(spec);
    }
}
