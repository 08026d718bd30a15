namespace LangGap.Identification.FastText;

/// <summary>
/// <c>a % d</c> for 32-bit unsigned values with two multiplications instead of a division (Lemire, Kaser and
/// Kurz, "Faster remainder by direct computation", 2019); exact for every <c>a</c> and every <c>d</c> &gt; 0.
/// Bucketing each character n-gram is the hottest division in prediction.
/// </summary>
internal readonly struct FastModulo
{
    private readonly ulong _multiplier;
    private readonly uint _divisor;

    public FastModulo(uint divisor)
    {
        ArgumentOutOfRangeException.ThrowIfZero(divisor);
        _divisor = divisor;
        _multiplier = ulong.MaxValue / divisor + 1;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public uint Of(uint value)
    {
        var lowBits = _multiplier * value;
        return (uint)Math.BigMul(lowBits, _divisor, out _);
    }
}
