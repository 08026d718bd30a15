using System.Text;

namespace LangGap.Torch.Gguf;

/// <summary>Reads the header, metadata and tensor descriptions of a GGUF file (versions 2 and 3, F32 and F16 tensors).</summary>
public static class GgufReader
{
    private const long MaxCount = 1L << 31;

    /// <summary>Reads <paramref name="path"/>; tensor data stay in the file (<see cref="GgufFile.ReadData"/>).</summary>
    /// <exception cref="InvalidInputException">The file is not GGUF, is truncated, or holds a type LangGap does not read.</exception>
    public static GgufFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(4).AsSpan().SequenceEqual(GgufFormat.Magic))
            {
                throw new InvalidInputException($"{path}: not a GGUF file (it does not start with 'GGUF').");
            }
            var version = reader.ReadUInt32();
            if (version is < 2 or > 3)
            {
                throw new InvalidInputException($"{path}: GGUF version {version} is not supported (2 and 3 are).");
            }
            var tensorCount = Count(reader.ReadUInt64(), path, "tensor count");
            var kvCount = Count(reader.ReadUInt64(), path, "metadata count");
            var metadata = new List<KeyValuePair<string, object>>((int)kvCount);
            for (long i = 0; i < kvCount; i++)
            {
                var key = ReadString(reader, path);
                var type = (GgufValueType)reader.ReadUInt32();
                metadata.Add(KeyValuePair.Create(key, ReadValue(reader, type, path, key)));
            }
            var alignment = metadata.FirstOrDefault(kv => kv.Key == GgufFormat.AlignmentKey).Value is uint a ? (int)a : GgufFormat.DefaultAlignment;
            if (alignment <= 0 || (alignment & (alignment - 1)) != 0)
            {
                throw new InvalidInputException($"{path}: general.alignment {alignment} is not a power of two.");
            }
            var tensors = new List<GgufTensorInfo>((int)tensorCount);
            for (long i = 0; i < tensorCount; i++)
            {
                var name = ReadString(reader, path);
                var rank = reader.ReadUInt32();
                if (rank is 0 or > 4)
                {
                    throw new InvalidInputException($"{path}: tensor '{name}' has {rank} dimensions (1 to 4 allowed).");
                }
                var dims = new long[rank];
                for (var d = 0; d < rank; d++)
                {
                    dims[d] = Count(reader.ReadUInt64(), path, $"dimension of '{name}'");
                }
                var type = reader.ReadUInt32();
                if (type > (uint)GgufTensorType.F16)
                {
                    throw new InvalidInputException($"{path}: tensor '{name}' has ggml type {type}; LangGap reads F32 (0) and F16 (1) only.");
                }
                var offset = reader.ReadUInt64();
                if (offset % (ulong)alignment != 0)
                {
                    throw new InvalidInputException($"{path}: tensor '{name}' starts at {offset}, not a multiple of the alignment {alignment}.");
                }
                tensors.Add(new GgufTensorInfo(name, dims, (GgufTensorType)type, (long)offset));
            }
            var dataOffset = GgufFormat.Align(stream.Position, alignment);
            if (tensors.FirstOrDefault(t => dataOffset + t.Offset + t.ByteLength > stream.Length) is { } beyond)
            {
                throw new InvalidInputException($"{path}: tensor '{beyond.Name}' runs past the end of the file (truncated?).");
            }
            return new GgufFile(path, version, metadata, tensors, alignment, dataOffset);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidInputException($"{path}: the GGUF header ends early (truncated file).");
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidInputException($"{path}: a GGUF string is not valid UTF-8.");
        }
    }

    private static long Count(ulong value, string path, string what) =>
        value < MaxCount ? (long)value : throw new InvalidInputException($"{path}: {what} {value} is implausibly large (corrupt file?).");

    private static string ReadString(BinaryReader reader, string path)
    {
        var length = Count(reader.ReadUInt64(), path, "string length");
        var bytes = reader.ReadBytes((int)length);
        if (bytes.Length != length)
        {
            throw new EndOfStreamException();
        }
        return Encoding.UTF8.GetString(bytes);
    }

    private static object ReadValue(BinaryReader reader, GgufValueType type, string path, string key) => type switch
    {
        GgufValueType.UInt8 => reader.ReadByte(),
        GgufValueType.Int8 => reader.ReadSByte(),
        GgufValueType.UInt16 => reader.ReadUInt16(),
        GgufValueType.Int16 => reader.ReadInt16(),
        GgufValueType.UInt32 => reader.ReadUInt32(),
        GgufValueType.Int32 => reader.ReadInt32(),
        GgufValueType.Float32 => reader.ReadSingle(),
        GgufValueType.Bool => reader.ReadByte() switch
        {
            0 => false,
            1 => true,
            var b => throw new InvalidInputException($"{path}: metadata '{key}' is a bool of value {b}."),
        },
        GgufValueType.String => ReadString(reader, path),
        GgufValueType.UInt64 => reader.ReadUInt64(),
        GgufValueType.Int64 => reader.ReadInt64(),
        GgufValueType.Float64 => reader.ReadDouble(),
        GgufValueType.Array => ReadArray(reader, path, key),
        _ => throw new InvalidInputException($"{path}: metadata '{key}' has unknown GGUF type {(uint)type}."),
    };

    private static Array ReadArray(BinaryReader reader, string path, string key)
    {
        var element = (GgufValueType)reader.ReadUInt32();
        var count = (int)Count(reader.ReadUInt64(), path, $"length of '{key}'");
        Array array = element switch
        {
            GgufValueType.UInt8 => new byte[count],
            GgufValueType.Int8 => new sbyte[count],
            GgufValueType.UInt16 => new ushort[count],
            GgufValueType.Int16 => new short[count],
            GgufValueType.UInt32 => new uint[count],
            GgufValueType.Int32 => new int[count],
            GgufValueType.Float32 => new float[count],
            GgufValueType.Bool => new bool[count],
            GgufValueType.String => new string[count],
            GgufValueType.UInt64 => new ulong[count],
            GgufValueType.Int64 => new long[count],
            GgufValueType.Float64 => new double[count],
            _ => throw new InvalidInputException($"{path}: metadata '{key}' is an array of GGUF type {(uint)element}, which LangGap does not read."),
        };
        for (var i = 0; i < count; i++)
        {
            array.SetValue(ReadValue(reader, element, path, key), i);
        }
        return array;
    }
}
