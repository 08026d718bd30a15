using System.Text;

namespace LangGap.Torch.Gguf;

/// <summary>Writes GGUF version 3 files: header, typed metadata, tensor descriptions, then the aligned tensor data.</summary>
/// <remarks>
/// Metadata values are .NET values whose type picks the GGUF type: <see cref="byte"/>, <see cref="sbyte"/>,
/// <see cref="ushort"/>, <see cref="short"/>, <see cref="uint"/>, <see cref="int"/>, <see cref="float"/>,
/// <see cref="bool"/>, <see cref="string"/>, <see cref="ulong"/>, <see cref="long"/>, <see cref="double"/>, or a
/// one-dimensional array of one of them (a GGUF array). Everything is little-endian.
/// </remarks>
public static class GgufWriter
{
    /// <summary>Writes <paramref name="metadata"/> and <paramref name="tensors"/> (in the order given) to <paramref name="stream"/>.</summary>
    /// <param name="stream">A writable stream; written from its current position, which counts as the file's start.</param>
    /// <param name="metadata">Keys and values in the order to write; keys must be unique.</param>
    /// <param name="tensors">The tensors; names must be unique and each <see cref="GgufTensor.Data"/> must return <see cref="GgufTensor.ByteLength"/> bytes.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="ArgumentException">A key or name repeats, a value has an unsupported type, or tensor data has the wrong length.</exception>
    public static long Write(Stream stream, IReadOnlyList<KeyValuePair<string, object>> metadata, IReadOnlyList<GgufTensor> tensors)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(tensors);
        if (metadata.GroupBy(kv => kv.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } key)
        {
            throw new ArgumentException($"Metadata key '{key.Key}' is given twice.", nameof(metadata));
        }
        if (tensors.GroupBy(t => t.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } name)
        {
            throw new ArgumentException($"Tensor '{name.Key}' is given twice.", nameof(tensors));
        }
        var alignment = metadata.FirstOrDefault(kv => kv.Key == GgufFormat.AlignmentKey).Value is uint a ? (int)a : GgufFormat.DefaultAlignment;
        var start = stream.CanSeek ? stream.Position : 0;
        using var writer = new BinaryWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(GgufFormat.Magic);
        writer.Write(GgufFormat.Version);
        writer.Write((ulong)tensors.Count);
        writer.Write((ulong)metadata.Count);
        long written = 24;
        foreach (var (k, value) in metadata)
        {
            written += WriteString(writer, k);
            var type = TypeOf(value, k);
            writer.Write((uint)type);
            written += 4 + WriteValue(writer, type, value, k);
        }
        long offset = 0;
        var offsets = new long[tensors.Count];
        for (var i = 0; i < tensors.Count; i++)
        {
            var tensor = tensors[i];
            written += WriteString(writer, tensor.Name);
            writer.Write((uint)tensor.Shape.Count);
            for (var d = tensor.Shape.Count - 1; d >= 0; d--)
            {
                writer.Write((ulong)tensor.Shape[d]);
            }
            writer.Write((uint)tensor.Type);
            writer.Write((ulong)offset);
            written += 4 + 8L * tensor.Shape.Count + 4 + 8;
            offsets[i] = offset;
            offset = GgufFormat.Align(offset + tensor.ByteLength, alignment);
        }
        written += Pad(writer, written, alignment);
        var dataStart = written;
        for (var i = 0; i < tensors.Count; i++)
        {
            var bytes = tensors[i].Data();
            if (bytes.LongLength != tensors[i].ByteLength)
            {
                throw new ArgumentException(
                    $"Tensor '{tensors[i].Name}' gave {bytes.LongLength} bytes; its shape and type need {tensors[i].ByteLength}.", nameof(tensors));
            }
            writer.Write(bytes);
            written += bytes.LongLength;
            written += Pad(writer, written - dataStart, alignment);
        }
        writer.Flush();
        return stream.CanSeek ? stream.Position - start : written;
    }

    private static long Pad(BinaryWriter writer, long position, int alignment)
    {
        var padding = GgufFormat.Align(position, alignment) - position;
        for (var i = 0; i < padding; i++)
        {
            writer.Write((byte)0);
        }
        return padding;
    }

    private static long WriteString(BinaryWriter writer, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        writer.Write((ulong)bytes.Length);
        writer.Write(bytes);
        return 8 + bytes.Length;
    }

    /// <summary>The GGUF type of a scalar .NET value, or <see cref="GgufValueType.Array"/> for an array.</summary>
    internal static GgufValueType TypeOf(object value, string key) => value switch
    {
        byte => GgufValueType.UInt8,
        sbyte => GgufValueType.Int8,
        ushort => GgufValueType.UInt16,
        short => GgufValueType.Int16,
        uint => GgufValueType.UInt32,
        int => GgufValueType.Int32,
        float => GgufValueType.Float32,
        bool => GgufValueType.Bool,
        string => GgufValueType.String,
        ulong => GgufValueType.UInt64,
        long => GgufValueType.Int64,
        double => GgufValueType.Float64,
        Array => GgufValueType.Array,
        _ => throw new ArgumentException($"Metadata '{key}' has a value of type {value?.GetType().Name ?? "null"}, which GGUF cannot hold."),
    };

    private static long WriteValue(BinaryWriter writer, GgufValueType type, object value, string key)
    {
        switch (type)
        {
            case GgufValueType.UInt8: writer.Write((byte)value); return 1;
            case GgufValueType.Int8: writer.Write((sbyte)value); return 1;
            case GgufValueType.UInt16: writer.Write((ushort)value); return 2;
            case GgufValueType.Int16: writer.Write((short)value); return 2;
            case GgufValueType.UInt32: writer.Write((uint)value); return 4;
            case GgufValueType.Int32: writer.Write((int)value); return 4;
            case GgufValueType.Float32: writer.Write((float)value); return 4;
            case GgufValueType.Bool: writer.Write((bool)value ? (byte)1 : (byte)0); return 1;
            case GgufValueType.String: return WriteString(writer, (string)value);
            case GgufValueType.UInt64: writer.Write((ulong)value); return 8;
            case GgufValueType.Int64: writer.Write((long)value); return 8;
            case GgufValueType.Float64: writer.Write((double)value); return 8;
            default:
                var array = (Array)value;
                var elementType = array.GetType().GetElementType()!;
                var element = TypeOf(elementType == typeof(string) ? "" : Activator.CreateInstance(elementType)!, key);
                if (element == GgufValueType.Array)
                {
                    throw new ArgumentException($"Metadata '{key}' is an array of arrays, which LangGap does not write.");
                }
                writer.Write((uint)element);
                writer.Write((ulong)array.LongLength);
                long size = 12;
                foreach (var item in array)
                {
                    size += WriteValue(writer, element, item!, key);
                }
                return size;
        }
    }
}
