namespace LangGap.Torch.Gguf;

/// <summary>Constants of the GGUF container format (version 3) shared by <see cref="GgufWriter"/> and <see cref="GgufReader"/>.</summary>
public static class GgufFormat
{
    /// <summary>The four bytes every GGUF file starts with: <c>GGUF</c>.</summary>
    public static ReadOnlySpan<byte> Magic => "GGUF"u8;

    /// <summary>The format version written.</summary>
    public const uint Version = 3;

    /// <summary>The alignment of tensor data when <c>general.alignment</c> is absent.</summary>
    public const int DefaultAlignment = 32;

    /// <summary>The metadata key that sets the alignment.</summary>
    public const string AlignmentKey = "general.alignment";

    /// <summary>Bytes per element of <paramref name="type"/>.</summary>
    public static int ElementSize(GgufTensorType type) => type switch
    {
        GgufTensorType.F32 => 4,
        GgufTensorType.F16 => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unsupported tensor type."),
    };

    /// <summary><paramref name="offset"/> rounded up to a multiple of <paramref name="alignment"/>.</summary>
    public static long Align(long offset, int alignment) => (offset + alignment - 1) / alignment * alignment;
}
