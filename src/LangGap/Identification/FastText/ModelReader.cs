using System.Buffers.Binary;

namespace LangGap.Identification.FastText;

/// <summary>Reads the little-endian fields of a fastText model file held in memory, failing clearly on truncation.</summary>
internal ref struct ModelReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly string _name;
    private int _position;

    public ModelReader(ReadOnlySpan<byte> bytes, string name)
    {
        _bytes = bytes;
        _name = name;
        _position = 0;
    }

    public readonly int Position => _position;

    public int ReadInt32(string what) => BinaryPrimitives.ReadInt32LittleEndian(Take(4, what));

    public long ReadInt64(string what) => BinaryPrimitives.ReadInt64LittleEndian(Take(8, what));

    public double ReadDouble(string what) => BinaryPrimitives.ReadDoubleLittleEndian(Take(8, what));

    public sbyte ReadSByte(string what) => (sbyte)Take(1, what)[0];

    public bool ReadBool(string what) => Take(1, what)[0] != 0;

    public ReadOnlySpan<byte> ReadBytes(long count, string what)
    {
        if (count < 0 || count > int.MaxValue)
        {
            throw Corrupt($"{what} has an impossible size ({count})");
        }
        return Take((int)count, what);
    }

    /// <summary>Reads <paramref name="count"/> little-endian floats.</summary>
    public float[] ReadFloats(long count, string what)
    {
        if (count < 0 || count > (long)int.MaxValue / 4)
        {
            throw Corrupt($"{what} has an impossible size ({count} values)");
        }
        var bytes = Take((int)count * 4, what);
        var values = new float[count];
        if (BitConverter.IsLittleEndian)
        {
            bytes.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        }
        else
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * 4)..]);
            }
        }
        return values;
    }

    /// <summary>Reads bytes up to (not including) the next zero byte, as fastText writes dictionary words.</summary>
    public ReadOnlySpan<byte> ReadZeroTerminated(string what)
    {
        var rest = _bytes[_position..];
        var end = rest.IndexOf((byte)0);
        if (end < 0)
        {
            throw Truncated(what);
        }
        _position += end + 1;
        return rest[..end];
    }

    public InvalidInputException Corrupt(string detail) =>
        new($"'{_name}' is not a usable fastText model: {detail}.");

    private ReadOnlySpan<byte> Take(int count, string what)
    {
        if (_bytes.Length - _position < count)
        {
            throw Truncated(what);
        }
        var span = _bytes.Slice(_position, count);
        _position += count;
        return span;
    }

    private readonly InvalidInputException Truncated(string what) =>
        new($"'{_name}' is truncated: the file ends at byte {_bytes.Length} while reading {what}.");
}
