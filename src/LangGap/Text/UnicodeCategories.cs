using System.Globalization;

namespace LangGap.Text;

/// <summary>Unicode general categories with a per-code-point cache for the Basic Multilingual Plane.</summary>
internal static class UnicodeCategories
{
    private const byte Unknown = 0xFF;
    private static readonly byte[] Cache = CreateCache();

    /// <summary>The general category of <paramref name="codePoint"/>.</summary>
    public static UnicodeCategory Of(int codePoint)
    {
        if ((uint)codePoint > 0xFFFF)
        {
            return CharUnicodeInfo.GetUnicodeCategory(codePoint);
        }
        var cached = Cache[codePoint];
        if (cached == Unknown)
        {
            // A byte write is atomic and the value is deterministic, so concurrent fills are harmless.
            cached = (byte)CharUnicodeInfo.GetUnicodeCategory(codePoint);
            Cache[codePoint] = cached;
        }
        return (UnicodeCategory)cached;
    }

    /// <summary>True for \p{P}: connector, dash, open, close, initial, final and other punctuation.</summary>
    public static bool IsPunctuation(int codePoint) => Of(codePoint) is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    /// <summary>True for \p{S}: math, currency, modifier and other symbols.</summary>
    public static bool IsSymbol(int codePoint) => Of(codePoint) is
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;

    /// <summary>True for \p{N}: decimal digits, letter numbers and other numbers.</summary>
    public static bool IsNumber(int codePoint) => Of(codePoint) is
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static byte[] CreateCache()
    {
        var cache = new byte[0x10000];
        Array.Fill(cache, Unknown);
        return cache;
    }
}
