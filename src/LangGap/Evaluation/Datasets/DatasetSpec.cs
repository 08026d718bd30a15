namespace LangGap.Evaluation.Datasets;

/// <summary>A dataset described by format and location: a local file or directory, or a Hugging Face Hub dataset.</summary>
/// <remarks>
/// <para><see cref="Path"/> is a file for JSONL, CSV, TSV, Parquet, MGSM, Aya red-teaming and instruction/response
/// data; a directory for FLORES; a repository id (<c>owner/name</c>) for the Hub.</para>
/// <para>Generic formats are mapped with <see cref="Fields"/>; the known formats (MGSM, FLORES, Aya red-teaming,
/// instruction/response) bring their own mapping. <see cref="Language"/> is the language of single-language files
/// (MGSM) and the fallback for rows without a language field.</para>
/// </remarks>
public sealed record DatasetSpec : IDataset
{
    /// <summary>The file format.</summary>
    public required DatasetFormat Format { get; init; }

    /// <summary>The file, directory or Hub repository id.</summary>
    public required string Path { get; init; }

    /// <summary>The location as written where the dataset was named (a suite's path relative to the suite file), or
    /// <see langword="null"/> for <see cref="Path"/> itself.</summary>
    /// <remarks><see cref="Description"/> shows this instead of the resolved <see cref="Path"/>, so a run's configuration
    /// and id do not depend on where the checkout is.</remarks>
    public string? Source { get; init; }

    /// <summary>How rows map to samples (generic formats).</summary>
    public FieldMapping Fields { get; init; } = FieldMapping.Default;

    /// <summary>The language of every row, or of rows that do not name one.</summary>
    public string? Language { get; init; }

    /// <summary>FLORES: the source language code (default <c>eng_Latn</c>).</summary>
    public string SourceLanguage { get; init; } = "eng_Latn";

    /// <summary>FLORES: the target language codes.</summary>
    public IReadOnlyList<string> TargetLanguages { get; init; } = [];

    /// <summary>XCOPA: the words joining premise to cause and to effect, overriding the built-in ones of the language.</summary>
    public (string Cause, string Effect)? Connectors { get; init; }

    /// <summary>Hub: the dataset configuration (default <c>default</c>).</summary>
    public string HubConfig { get; init; } = "default";

    /// <summary>Hub: the split (default <c>test</c>).</summary>
    public string HubSplit { get; init; } = "test";

    /// <summary>Hub: cache location and online/offline mode; defaults when <see langword="null"/>.</summary>
    public HuggingFaceHubOptions? Hub { get; init; }

    /// <inheritdoc />
    public string Description => Format switch
    {
        DatasetFormat.HuggingFace => $"hf:{Path}/{HubConfig}/{HubSplit}",
        _ when Path.StartsWith("hf:", StringComparison.Ordinal) => $"{Format.ToString().ToLowerInvariant()}:{Path}/{HubConfig}/{HubSplit}",
        DatasetFormat.Flores => $"flores:{Source ?? Path}:{SourceLanguage}->{string.Join(',', TargetLanguages)}",
        _ => $"{Format.ToString().ToLowerInvariant()}:{Source ?? Path}",
    };

    /// <inheritdoc />
    public Task<IReadOnlyList<Sample>> LoadAsync(CancellationToken cancellationToken) => DatasetLoader.LoadAsync(this, null, cancellationToken);
}
