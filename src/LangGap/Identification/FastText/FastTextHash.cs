namespace LangGap.Identification.FastText;

/// <summary>fastText's 32-bit FNV-1a hash over UTF-8 bytes.</summary>
/// <remarks>
/// fastText mixes each byte in as a <em>signed</em> char widened to 32 bits (so bytes ≥ 0x80 set the upper
/// 24 bits). Every published model was trained that way, so the sign extension is part of the format.
/// </remarks>
internal static class FastTextHash
{
    public const uint Offset = 2166136261;
    public const uint Prime = 16777619;

    /// <summary>Mixes one byte into <paramref name="hash"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, byte value) => (hash ^ (uint)(sbyte)value) * Prime;

    /// <summary>The hash of a whole byte string.</summary>
    public static uint Of(ReadOnlySpan<byte> bytes)
    {
        var hash = Offset;
        foreach (var b in bytes)
        {
            hash = Step(hash, b);
        }
        return hash;
    }
}
