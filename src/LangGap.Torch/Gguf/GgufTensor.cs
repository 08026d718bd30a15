namespace LangGap.Torch.Gguf;

/// <summary>A tensor to write into a GGUF file.</summary>
/// <param name="Name">The llama.cpp tensor name, e.g. <c>blk.0.attn_q.weight</c>.</param>
/// <param name="Shape">The shape in PyTorch (row-major, outermost first) order; the file stores it reversed, as ggml does.</param>
/// <param name="Type">The element type of the data.</param>
/// <param name="Data">Produces the little-endian bytes when the writer reaches the tensor, so a large model is not held twice.</param>
public sealed record GgufTensor(string Name, IReadOnlyList<long> Shape, GgufTensorType Type, Func<byte[]> Data)
{
    /// <summary>The number of bytes the data must have: elements × element size.</summary>
    public long ByteLength => Shape.Aggregate(1L, (a, b) => a * b) * GgufFormat.ElementSize(Type);
}
