namespace LangGap.Evaluation.Datasets;

/// <summary>Where Hugging Face Hub datasets come from and where their Parquet files are cached.</summary>
public sealed record HuggingFaceHubOptions
{
    /// <summary>The cache directory (default: <c>$LANGGAP_CACHE/hf</c>, else <c>~/.cache/langgap/hf</c>).</summary>
    public string CacheDirectory { get; init; } = DefaultCacheDirectory();

    /// <summary>The Hub's base address (default <c>https://huggingface.co</c>; mirrors use the same API).</summary>
    public Uri Endpoint { get; init; } = new("https://huggingface.co");

    /// <summary>When <see langword="true"/>, only the cache is used and a dataset not in it is an error.</summary>
    public bool Offline { get; init; }

    /// <summary>The environment variable holding a Hub token for gated datasets (default <c>HF_TOKEN</c>); the token is sent, never stored.</summary>
    public string TokenVariable { get; init; } = "HF_TOKEN";

    private static string DefaultCacheDirectory()
    {
        var root = Environment.GetEnvironmentVariable("LANGGAP_CACHE");
        return string.IsNullOrEmpty(root)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "langgap", "hf")
            : Path.Combine(root, "hf");
    }
}
