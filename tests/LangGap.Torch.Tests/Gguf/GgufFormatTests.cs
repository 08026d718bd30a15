using System.Runtime.InteropServices;
using LangGap.Torch.Gguf;

namespace LangGap.Torch.Tests.Gguf;

public sealed class GgufFormatTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"langgap-gguf-{Guid.NewGuid():N}.gguf");

    public void Dispose() => File.Delete(_path);

    private static byte[] Floats(params float[] values) => MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    [Fact]
    public void WriteThenRead_MetadataOfEveryType_RoundTripsInOrder()
    {
        var metadata = new List<KeyValuePair<string, object>>
        {
            new("u8", (byte)200), new("i8", (sbyte)-5), new("u16", (ushort)60000), new("i16", (short)-300),
            new("u32", 4_000_000_000u), new("i32", -7), new("f32", 1.5f), new("yes", true), new("no", false),
            new("text", "Grüße, 世界"), new("u64", ulong.MaxValue), new("i64", long.MinValue), new("f64", Math.PI),
            new("strings", new[] { "a b", "", "ĠĊ" }), new("ints", new[] { 1, -2, 3 }), new("floats", new[] { 0.25f, -1f }),
        };
        using (var stream = File.Create(_path))
        {
            GgufWriter.Write(stream, metadata, []);
        }

        var file = GgufReader.Read(_path);

        Assert.Equal(3u, file.Version);
        Assert.Equal(metadata.Select(kv => kv.Key), file.Metadata.Select(kv => kv.Key));
        foreach (var (key, value) in metadata)
        {
            Assert.Equal(value.GetType(), file[key]!.GetType());
            Assert.Equal(value, file[key]);
        }
        Assert.Equal("Grüße, 世界", file.Get<string>("text"));
        Assert.Throws<InvalidInputException>(() => file.Get<int>("text"));
    }

    [Fact]
    public void WriteThenRead_Tensors_HaveReversedDimensionsAlignedOffsetsAndEqualData()
    {
        var a = Enumerable.Range(0, 6).Select(i => i * 0.5f).ToArray();   // shape (2, 3)
        var b = new[] { 1f, -2f, 3f };                                   // shape (3), after a 24-byte tensor: padded to 32
        var c = new[] { (Half)1.5f, (Half)(-0.25f) };                     // f16, shape (1, 2)
        using (var stream = File.Create(_path))
        {
            GgufWriter.Write(stream, [new("general.architecture", "llama")],
            [
                new GgufTensor("a.weight", [2, 3], GgufTensorType.F32, () => Floats(a)),
                new GgufTensor("b.weight", [3], GgufTensorType.F32, () => Floats(b)),
                new GgufTensor("c.weight", [1, 2], GgufTensorType.F16, () => MemoryMarshal.AsBytes(c.AsSpan()).ToArray()),
            ]);
        }

        var file = GgufReader.Read(_path);

        Assert.Equal(["a.weight", "b.weight", "c.weight"], file.Tensors.Select(t => t.Name));
        Assert.Equal([3L, 2L], file.Tensor("a.weight").Dimensions);
        Assert.Equal([2L, 3L], file.Tensor("a.weight").Shape);
        Assert.Equal([0L, 32L, 64L], file.Tensors.Select(t => t.Offset));
        Assert.Equal(0, file.DataOffset % 32);
        Assert.Equal(GgufTensorType.F16, file.Tensor("c.weight").Type);
        Assert.Equal(a, file.ReadFloats("a.weight"));
        Assert.Equal(b, file.ReadFloats("b.weight"));
        Assert.Equal([1.5f, -0.25f], file.ReadFloats("c.weight"));
        Assert.Equal(file.DataOffset + 64 + 32, new FileInfo(_path).Length);   // the last tensor is padded too
    }

    [Fact]
    public void Header_IsTheSpecifiedByteLayout()
    {
        using (var stream = File.Create(_path))
        {
            GgufWriter.Write(stream, [new("k", 7u)], [new GgufTensor("t", [1], GgufTensorType.F32, () => Floats(2f))]);
        }
        var bytes = File.ReadAllBytes(_path);

        Assert.Equal("GGUF"u8.ToArray(), bytes[..4]);
        Assert.Equal(3u, BitConverter.ToUInt32(bytes, 4));
        Assert.Equal(1UL, BitConverter.ToUInt64(bytes, 8));    // tensors
        Assert.Equal(1UL, BitConverter.ToUInt64(bytes, 16));   // metadata
        Assert.Equal(1UL, BitConverter.ToUInt64(bytes, 24));   // key length
        Assert.Equal((byte)'k', bytes[32]);
        Assert.Equal((uint)GgufValueType.UInt32, BitConverter.ToUInt32(bytes, 33));
        Assert.Equal(7u, BitConverter.ToUInt32(bytes, 37));
        Assert.Equal(1UL, BitConverter.ToUInt64(bytes, 41));   // tensor name length
        Assert.Equal((byte)'t', bytes[49]);
        Assert.Equal(1u, BitConverter.ToUInt32(bytes, 50));    // dimensions
        Assert.Equal(1UL, BitConverter.ToUInt64(bytes, 54));   // ne[0]
        Assert.Equal(0u, BitConverter.ToUInt32(bytes, 62));    // F32
        Assert.Equal(0UL, BitConverter.ToUInt64(bytes, 66));   // offset
        Assert.All(bytes[74..96], b => Assert.Equal(0, b));  // 74 header bytes padded to the 32-byte alignment
        Assert.Equal(2f, BitConverter.ToSingle(bytes, 96));
        Assert.Equal(128, bytes.Length);                        // 4 data bytes padded to 32
    }

    [Fact]
    public void Writer_WrongDataLength_Throws()
    {
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentException>(() => GgufWriter.Write(stream, [], [new GgufTensor("t", [2], GgufTensorType.F32, () => Floats(1f))]));
    }

    [Fact]
    public void Reader_NotGgufOrTruncated_IsOneClearError()
    {
        File.WriteAllText(_path, "not a model");
        Assert.Contains("not a GGUF file", Assert.Throws<InvalidInputException>(() => GgufReader.Read(_path)).Message);

        using (var stream = File.Create(_path))
        {
            GgufWriter.Write(stream, [new("k", "value")], [new GgufTensor("t", [4], GgufTensorType.F32, () => Floats(1f, 2f, 3f, 4f))]);
        }
        var bytes = File.ReadAllBytes(_path);
        File.WriteAllBytes(_path, bytes[..(bytes.Length - 20)]);
        Assert.Contains("past the end", Assert.Throws<InvalidInputException>(() => GgufReader.Read(_path)).Message);
        File.WriteAllBytes(_path, bytes[..30]);
        Assert.Contains("truncated", Assert.Throws<InvalidInputException>(() => GgufReader.Read(_path)).Message);
    }
}
