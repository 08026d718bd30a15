namespace LangGap.Torch.Gguf;

/// <summary>The ggml tensor element types LangGap writes and reads (ggml's own numbering).</summary>
public enum GgufTensorType : uint
{
    /// <summary>32-bit IEEE floats.</summary>
    F32 = 0,
    /// <summary>16-bit IEEE half floats.</summary>
    F16 = 1,
}
