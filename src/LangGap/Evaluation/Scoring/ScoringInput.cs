namespace LangGap.Evaluation.Scoring;

/// <summary>What a scorer sees: the sample, the model that answered and its output.</summary>
/// <param name="Sample">The evaluated sample (references and metadata included).</param>
/// <param name="Model">The id of the model that produced <paramref name="Output"/>.</param>
/// <param name="Output">The generated text.</param>
public sealed record ScoringInput(Sample Sample, string Model, string Output);
