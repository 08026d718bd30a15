namespace LangGap.Languages;

/// <summary>The language sets of the benchmarks and models LangGap works with, looked up by name.</summary>
public static class LanguageSets
{
    private static readonly Lazy<IReadOnlyList<LanguageSet>> Sets = new(Build);

    /// <summary>The 23 languages of Aya 23.</summary>
    public static LanguageSet Aya23 => Get("aya23");

    /// <summary>The 11 languages of MGSM (multilingual grade-school math).</summary>
    public static LanguageSet Mgsm => Get("mgsm");

    /// <summary>The 8 languages of the Aya Red-teaming dataset.</summary>
    public static LanguageSet AyaRedTeaming => Get("aya-redteaming");

    /// <summary>The 204 language-and-script pairs of FLORES-200, one tag per FLORES code.</summary>
    public static LanguageSet Flores200 => Get("flores200");

    /// <summary>Every named set.</summary>
    public static IReadOnlyList<LanguageSet> All => Sets.Value;

    /// <summary>The set with this name; case, <c>-</c>, <c>_</c> and spaces do not matter (<c>Aya-23</c> finds <c>aya23</c>).</summary>
    /// <exception cref="KeyNotFoundException">No set has that name; the message lists the known names.</exception>
    public static LanguageSet Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGet(name, out var set)
            ? set
            : throw new KeyNotFoundException($"'{name}' is not a language set LangGap knows (known sets: {string.Join(", ", All.Select(s => s.Name))}).");
    }

    /// <summary>The set with this name, or false.</summary>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LanguageSet? set)
    {
        var key = name is null ? null : Key(name);
        set = key is null ? null : All.FirstOrDefault(s => Key(s.Name) == key);
        return set is not null;
    }

    private static string Key(string name) =>
        string.Concat(name.Where(c => c is not ('-' or '_' or ' '))).ToLowerInvariant();

    private static LanguageSet Make(string name, string description, string codes) =>
        new(name, description, codes.Split(' ').Select(LanguageTag.Parse).ToArray());

    private static IReadOnlyList<LanguageSet> Build() =>
    [
        Make("aya23", "The 23 languages of Aya 23 (Aryabumi et al., 2024).",
            "ar cs de el en es fa fr he hi id it ja ko nl pl pt ro ru tr uk vi zh"),
        Make("mgsm", "The 11 languages of MGSM, multilingual grade-school math (Shi et al., 2022).",
            "bn de en es fr ja ru sw te th zh"),
        Make("aya-redteaming", "The 8 languages of the Aya Red-teaming dataset (Aakanksha et al., 2024).",
            "ar en fil fr hi ru sr es"),
        new LanguageSet("flores200", "The 204 language-and-script pairs of FLORES-200 (NLLB Team, 2022).",
            LanguageData.Instance.FloresCodes.Select(LanguageTag.Parse).ToArray()),
    ];
}
