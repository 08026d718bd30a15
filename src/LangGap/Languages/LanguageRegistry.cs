using System.Diagnostics.CodeAnalysis;

namespace LangGap.Languages;

/// <summary>Every language LangGap knows: names in English and natively, scripts, resource class, FLORES-200 coverage.</summary>
/// <remarks>
/// Covers every language in FLORES-200, every label of fastText's lid.176 model, every ISO 639-1 language and the
/// most spoken languages of the world. The data is written for LangGap, embedded in the library and parsed once,
/// on first use.
/// </remarks>
public static class LanguageRegistry
{
    /// <summary>Every language, ordered by normalised code.</summary>
    public static IReadOnlyList<LanguageInfo> All => LanguageData.Instance.All;

    /// <summary>Every FLORES-200 code (<c>ace_Arab</c> … <c>zul_Latn</c>), ordered.</summary>
    public static IReadOnlyList<string> FloresCodes => LanguageData.Instance.FloresCodes;

    /// <summary>The entry of the tag's language (script and region do not matter).</summary>
    public static LanguageInfo Get(LanguageTag tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return tag.Info;
    }

    /// <summary>The entry of the language a code or tag names.</summary>
    /// <exception cref="FormatException"><paramref name="code"/> is not a tag LangGap knows.</exception>
    public static LanguageInfo Get(string code) => Get(LanguageTag.Parse(code));

    /// <summary>The entry of the language a code or tag names; false when it names none.</summary>
    public static bool TryGet(string? code, [NotNullWhen(true)] out LanguageInfo? info)
    {
        info = LanguageTag.TryParse(code, out var tag) ? tag.Info : null;
        return info is not null;
    }
}
