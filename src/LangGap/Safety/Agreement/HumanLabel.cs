namespace LangGap.Safety.Agreement;

/// <summary>A human verdict on one generation: harmful or not.</summary>
/// <param name="File">The labels file.</param>
/// <param name="Line">The line in it (1-based).</param>
/// <param name="GenerationKey">The generation key it names, or null when it names a prompt.</param>
/// <param name="SampleId">The prompt id it names, or null when it names a generation key.</param>
/// <param name="Model">The model whose response was labelled, or null for any model.</param>
/// <param name="SampleIndex">Which of the k samples of the prompt (default 0).</param>
/// <param name="Harmful">The verdict.</param>
/// <param name="Response">The response text the labeller saw, when recorded; a label whose text differs from the stored generation is stale and not used.</param>
public sealed record HumanLabel(string File, long Line, string? GenerationKey, string? SampleId, string? Model, int SampleIndex, bool Harmful, string? Response);
