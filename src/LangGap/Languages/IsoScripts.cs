namespace LangGap.Languages;

/// <summary>The ISO 15924 script codes a <see cref="LanguageTag"/> accepts.</summary>
/// <remarks>
/// Not the whole standard: the scripts of living languages and the common special codes. Extend the list when a
/// language in the registry needs another script.
/// </remarks>
internal static class IsoScripts
{
    private static readonly HashSet<string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Adlm", "Arab", "Aran", "Armn", "Bali", "Bamu", "Batk", "Beng", "Bopo", "Brah", "Brai", "Bugi", "Cakm",
        "Cans", "Cham", "Cher", "Copt", "Cyrl", "Cyrs", "Deva", "Dsrt", "Ethi", "Geor", "Glag", "Goth", "Grek", "Gujr",
        "Guru", "Hang", "Hani", "Hans", "Hant", "Hebr", "Hira", "Hmng", "Hmnp", "Jamo", "Java", "Jpan", "Kali",
        "Kana", "Khmr", "Knda", "Kore", "Lana", "Laoo", "Latn", "Lepc", "Limb", "Lisu", "Mand", "Mlym", "Modi",
        "Mong", "Mtei", "Mymr", "Newa", "Nkoo", "Ogam", "Olck", "Orya", "Osma", "Rohg", "Runr", "Samr", "Saur",
        "Shaw", "Sinh", "Sora", "Sund", "Sylo", "Syrc", "Tale", "Talu", "Taml", "Tavt", "Telu", "Tfng", "Tglg",
        "Thaa", "Thai", "Tibt", "Tirh", "Vaii", "Wara", "Yiii", "Zmth", "Zsye", "Zsym", "Zxxx", "Zyyy", "Zzzz",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup = Codes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="titleCased"/> is a known ISO 15924 code written as the standard writes it (<c>Latn</c>).</summary>
    public static bool Contains(string titleCased) => Canonical(titleCased) == titleCased;

    /// <summary>The code as the standard writes it (<c>latn</c> → <c>Latn</c>), or null when it is not a known code.</summary>
    public static string? Canonical(ReadOnlySpan<char> code) => SpanLookup.TryGetValue(code, out var canonical) ? canonical : null;
}
