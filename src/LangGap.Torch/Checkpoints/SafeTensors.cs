using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LangGap.Torch.Checkpoints;

/// <summary>Reads and writes the safetensors format: an 8-byte little-endian header length, a JSON header naming each
/// tensor's dtype, shape and byte range, then the raw little-endian buffers.</summary>
internal static class SafeTensors
{
    private static readonly Dictionary<string, (ScalarType Type, int Size)> DTypes = new(StringComparer.Ordinal)
    {
        ["F32"] = (ScalarType.Float32, 4),
        ["F16"] = (ScalarType.Float16, 2),
        ["BF16"] = (ScalarType.BFloat16, 2),
        ["F64"] = (ScalarType.Float64, 8),
        ["I64"] = (ScalarType.Int64, 8),
        ["I32"] = (ScalarType.Int32, 4),
        ["I16"] = (ScalarType.Int16, 2),
        ["I8"] = (ScalarType.Int8, 1),
        ["U8"] = (ScalarType.Byte, 1),
        ["BOOL"] = (ScalarType.Bool, 1),
    };

    /// <summary>Reads every tensor in <paramref name="path"/>, in its stored dtype; the caller owns the tensors.</summary>
    public static Dictionary<string, Tensor> Read(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> lengthBytes = stackalloc byte[8];
        if (file.Read(lengthBytes) != 8)
        {
            throw new InvalidInputException($"{path}: not a safetensors file (shorter than its 8-byte header length).");
        }
        var headerLength = BinaryPrimitives.ReadInt64LittleEndian(lengthBytes);
        if (headerLength <= 0 || headerLength > file.Length - 8)
        {
            throw new InvalidInputException($"{path}: not a safetensors file (header length {headerLength}).");
        }
        var header = new byte[headerLength];
        file.ReadExactly(header);
        var dataStart = 8 + headerLength;
        var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        try
        {
            foreach (var (name, node) in JsonNode.Parse(header)!.AsObject())
            {
                if (name == "__metadata__" || node is null)
                {
                    continue;
                }
                tensors[name] = ReadTensor(file, dataStart, path, name, node);
            }
        }
        catch
        {
            foreach (var t in tensors.Values)
            {
                t.Dispose();
            }
            throw;
        }
        return tensors;
    }

    private static Tensor ReadTensor(FileStream file, long dataStart, string path, string name, JsonNode node)
    {
        var dtypeName = node["dtype"]?.GetValue<string>() ?? "";
        if (!DTypes.TryGetValue(dtypeName, out var dtype))
        {
            throw new InvalidInputException($"{path}: tensor '{name}' has dtype '{dtypeName}', which LangGap cannot read.");
        }
        var shape = node["shape"]!.AsArray().Select(d => d!.GetValue<long>()).ToArray();
        var offsets = node["data_offsets"]!.AsArray().Select(d => d!.GetValue<long>()).ToArray();
        var count = shape.Aggregate(1L, (a, b) => a * b);
        if (offsets.Length != 2 || offsets[1] - offsets[0] != count * dtype.Size || dataStart + offsets[1] > file.Length)
        {
            throw new InvalidInputException($"{path}: tensor '{name}' has a byte range that does not fit its shape or the file.");
        }
        var bytes = new byte[offsets[1] - offsets[0]];
        file.Position = dataStart + offsets[0];
        file.ReadExactly(bytes);
        var tensor = empty(shape, dtype.Type);
        if (bytes.Length > 0)
        {
            tensor.bytes = bytes;
        }
        return tensor;
    }

    /// <summary>Writes <paramref name="tensors"/> (any CPU dtype listed above) with optional string metadata.</summary>
    public static void Write(string path, IEnumerable<KeyValuePair<string, Tensor>> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var header = new JsonObject();
        if (metadata is { Count: > 0 })
        {
            header["__metadata__"] = new JsonObject(metadata.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value))));
        }
        var buffers = new List<byte[]>();
        long offset = 0;
        foreach (var (name, tensor) in tensors.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var dtypeName = DTypes.First(kv => kv.Value.Type == tensor.dtype).Key;
            using var contiguous = tensor.detach().contiguous();
            var bytes = contiguous.bytes.ToArray();
            header[name] = new JsonObject
            {
                ["dtype"] = dtypeName,
                ["shape"] = new JsonArray(tensor.shape.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray()),
                ["data_offsets"] = new JsonArray(offset, offset + bytes.Length),
            };
            buffers.Add(bytes);
            offset += bytes.Length;
        }
        var headerBytes = JsonSerializer.SerializeToUtf8Bytes(header);
        // The format pads the header with spaces to a multiple of 8 bytes so the buffers are aligned.
        var padded = (headerBytes.Length + 7) / 8 * 8;
        using var file = File.Create(path);
        Span<byte> lengthBytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(lengthBytes, padded);
        file.Write(lengthBytes);
        file.Write(headerBytes);
        for (var i = headerBytes.Length; i < padded; i++)
        {
            file.WriteByte((byte)' ');
        }
        foreach (var buffer in buffers)
        {
            file.Write(buffer);
        }
    }
}
