namespace LangGap.Torch.Gguf;

/// <summary>What <see cref="GgufConverter"/> wrote.</summary>
/// <param name="Path">The GGUF file.</param>
/// <param name="Architecture">llama.cpp's architecture name (<c>llama</c> or <c>qwen2</c>).</param>
/// <param name="Precision">The float width of the matrices.</param>
/// <param name="Tensors">The number of tensors.</param>
/// <param name="Parameters">The number of parameters written.</param>
/// <param name="Bytes">The file size.</param>
/// <param name="VocabSize">The number of tokens in the vocabulary.</param>
/// <param name="PreTokenizer">llama.cpp's pre-tokenizer name written, or null when the model has no tokenizer.</param>
public sealed record GgufConversion(
    string Path, string Architecture, GgufPrecision Precision, int Tensors, long Parameters, long Bytes, int VocabSize, string? PreTokenizer);
