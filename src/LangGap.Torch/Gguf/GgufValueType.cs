namespace LangGap.Torch.Gguf;

/// <summary>The type tags of GGUF metadata values, as numbered in the GGUF specification.</summary>
public enum GgufValueType : uint
{
    /// <summary>8-bit unsigned integer (<see cref="byte"/>).</summary>
    UInt8 = 0,
    /// <summary>8-bit signed integer (<see cref="sbyte"/>).</summary>
    Int8 = 1,
    /// <summary>16-bit unsigned integer (<see cref="ushort"/>).</summary>
    UInt16 = 2,
    /// <summary>16-bit signed integer (<see cref="short"/>).</summary>
    Int16 = 3,
    /// <summary>32-bit unsigned integer (<see cref="uint"/>).</summary>
    UInt32 = 4,
    /// <summary>32-bit signed integer (<see cref="int"/>).</summary>
    Int32 = 5,
    /// <summary>32-bit IEEE float (<see cref="float"/>).</summary>
    Float32 = 6,
    /// <summary>One byte, 0 or 1 (<see cref="bool"/>).</summary>
    Bool = 7,
    /// <summary>UTF-8 text with a 64-bit length prefix (<see cref="string"/>).</summary>
    String = 8,
    /// <summary>An element type, a 64-bit count and the elements (a .NET array of the element type).</summary>
    Array = 9,
    /// <summary>64-bit unsigned integer (<see cref="ulong"/>).</summary>
    UInt64 = 10,
    /// <summary>64-bit signed integer (<see cref="long"/>).</summary>
    Int64 = 11,
    /// <summary>64-bit IEEE float (<see cref="double"/>).</summary>
    Float64 = 12,
}
