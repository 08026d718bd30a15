namespace LangGap.Torch.Gguf;

/// <summary>What a GGUF file holds, as <see cref="GgufReader"/> reads it: metadata in file order and tensor descriptions.</summary>
/// <param name="Path">The file.</param>
/// <param name="Version">The format version.</param>
/// <param name="Metadata">Keys and values in file order (values typed as <see cref="GgufWriter"/> describes).</param>
/// <param name="Tensors">The tensor descriptions in file order.</param>
/// <param name="Alignment">The alignment of the data section.</param>
/// <param name="DataOffset">Where the data section starts in the file.</param>
public sealed record GgufFile(
    string Path, uint Version, IReadOnlyList<KeyValuePair<string, object>> Metadata, IReadOnlyList<GgufTensorInfo> Tensors,
    int Alignment, long DataOffset)
{
    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public object? this[string key] => Metadata.FirstOrDefault(kv => kv.Key == key).Value;

    /// <summary>The value of <paramref name="key"/> as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidInputException">The key is absent or has another type.</exception>
    public T Get<T>(string key) => this[key] is T value
        ? value
        : throw new InvalidInputException($"{Path}: metadata '{key}' is {(this[key] is { } v ? $"a {v.GetType().Name}" : "missing")}, expected {typeof(T).Name}.");

    /// <summary>The description of tensor <paramref name="name"/>.</summary>
    /// <exception cref="InvalidInputException">The file has no such tensor.</exception>
    public GgufTensorInfo Tensor(string name) =>
        Tensors.FirstOrDefault(t => t.Name == name) ?? throw new InvalidInputException($"{Path}: no tensor '{name}'.");

    /// <summary>The raw bytes of tensor <paramref name="name"/>.</summary>
    public byte[] ReadData(string name)
    {
        var info = Tensor(name);
        using var file = File.OpenRead(Path);
        file.Position = DataOffset + info.Offset;
        var bytes = new byte[info.ByteLength];
        file.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The elements of tensor <paramref name="name"/> as floats (F16 widened), in row-major order.</summary>
    public float[] ReadFloats(string name)
    {
        var info = Tensor(name);
        var bytes = ReadData(name);
        return info.Type switch
        {
            GgufTensorType.F32 => System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes).ToArray(),
            _ => System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes).ToArray().Select(h => (float)h).ToArray(),
        };
    }
}
