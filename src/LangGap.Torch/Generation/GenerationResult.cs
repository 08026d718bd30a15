namespace LangGap.Torch.Generation;

/// <summary>What one prompt produced.</summary>
/// <param name="Ids">Generated token ids (without the prompt; an end-of-sequence id that stopped decoding is included).</param>
/// <param name="Text">Decoded text of the generated ids, cut before any stop string and without the end-of-sequence token;
/// empty when the model has no tokenizer.</param>
/// <param name="FinishReason">Why decoding stopped.</param>
public sealed record GenerationResult(IReadOnlyList<int> Ids, string Text, FinishReason FinishReason);
