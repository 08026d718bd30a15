namespace LangGap.Torch.Gguf;

/// <summary>The float width a GGUF conversion writes matrices in; vectors (norms, biases) stay float32, as llama.cpp's converter keeps them.</summary>
public enum GgufPrecision
{
    /// <summary>Every tensor float32 (<c>general.file_type</c> 0).</summary>
    Float32,
    /// <summary>Matrices float16, vectors float32 (<c>general.file_type</c> 1).</summary>
    Float16,
}
