namespace LangGap.Synthesis.Candidates;

/// <summary>One completion drawn for a prompt, with its provenance and attribute values.</summary>
/// <param name="Model">The model id that wrote it.</param>
/// <param name="SampleIndex">Which of the model's k draws for the prompt (0-based).</param>
/// <param name="Seed">The seed sent with the request.</param>
/// <param name="Text">The completion.</param>
/// <param name="GenerationKey">The run store's generation key (model identity, prompt, options, seed, index).</param>
/// <param name="Attributes">Attribute name → value.</param>
public sealed record Candidate(string Model, int SampleIndex, long? Seed, string Text, string GenerationKey, IReadOnlyDictionary<string, AttributeValue> Attributes)
{
    /// <summary>The value of <paramref name="attribute"/>, or <see langword="null"/> when unscored or not measured.</summary>
    public double? ValueOf(string attribute) => Attributes.TryGetValue(attribute, out var value) ? value.Value : null;
}
