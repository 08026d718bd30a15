namespace LangGap.Torch.Gguf;

/// <summary>A tensor as a GGUF file describes it.</summary>
/// <param name="Name">The tensor name.</param>
/// <param name="Dimensions">The dimensions in ggml order (innermost first), as stored.</param>
/// <param name="Type">The element type.</param>
/// <param name="Offset">The byte offset of the data from the start of the file's data section.</param>
public sealed record GgufTensorInfo(string Name, IReadOnlyList<long> Dimensions, GgufTensorType Type, long Offset)
{
    /// <summary>The shape in PyTorch order (the dimensions reversed).</summary>
    public IReadOnlyList<long> Shape => Dimensions.Reverse().ToArray();

    /// <summary>The size of the data in bytes.</summary>
    public long ByteLength => Dimensions.Aggregate(1L, (a, b) => a * b) * GgufFormat.ElementSize(Type);
}
