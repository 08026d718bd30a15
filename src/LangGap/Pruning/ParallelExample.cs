namespace LangGap.Pruning;

/// <summary>One translation pair of a parallel corpus.</summary>
/// <param name="Id">The pair's stable id (from the file, or its 1-based line number).</param>
/// <param name="Source">The source-side text.</param>
/// <param name="Target">The target-side text.</param>
/// <param name="SourceLanguage">The declared source language code, or null when the corpus does not say.</param>
/// <param name="TargetLanguage">The declared target language code, or null when the corpus does not say.</param>
/// <param name="Noise">The kind of noise injected into this pair (<c>misaligned</c>, <c>wrong-language</c>, …),
/// empty for a clean pair, or null when the corpus does not mark noise.</param>
public sealed record ParallelExample(
    string Id, string Source, string Target, string? SourceLanguage, string? TargetLanguage, string? Noise = null)
{
    /// <summary>True when the corpus marks this pair as deliberately noisy.</summary>
    public bool IsNoise => !string.IsNullOrEmpty(Noise);

    /// <summary>The language pair as <c>source-target</c>, with <c>?</c> for an undeclared side.</summary>
    public string Pair => $"{SourceLanguage ?? "?"}-{TargetLanguage ?? "?"}";
}
