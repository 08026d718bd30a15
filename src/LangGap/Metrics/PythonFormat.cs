using System.Globalization;
using System.Numerics;
using System.Text;

namespace LangGap.Metrics;

/// <summary>Python's <c>f"{x:.Nf}"</c>: the exact binary value rounded half to even, so printed digits match sacrebleu's.</summary>
internal static class PythonFormat
{
    /// <summary>Formats <paramref name="value"/> with <paramref name="digits"/> decimals as Python does.</summary>
    public static string Fixed(double value, int digits)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        var bits = BitConverter.DoubleToInt64Bits(value);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }
        exponent -= 1075; // value = mantissa * 2^exponent
        var scaled = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        BigInteger rounded;
        if (exponent >= 0)
        {
            rounded = scaled << exponent;
        }
        else
        {
            var quotient = scaled >> -exponent;
            var remainder = scaled - (quotient << -exponent);
            var half = BigInteger.One << (-exponent - 1);
            var comparison = remainder.CompareTo(half);
            rounded = comparison > 0 || (comparison == 0 && !quotient.IsEven) ? quotient + 1 : quotient;
        }
        var text = rounded.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }
        builder.Append(text, 0, text.Length - digits);
        if (digits > 0)
        {
            builder.Append('.').Append(text, text.Length - digits, digits);
        }
        return builder.ToString();
    }
}
