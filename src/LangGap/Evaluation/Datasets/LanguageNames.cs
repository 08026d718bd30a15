using LangGap.Languages;

namespace LangGap.Evaluation.Datasets;

/// <summary>Reads the language of a dataset row: a code or tag (<c>de</c>, <c>deu_Latn</c>), or an English name (<c>Serbian</c>) as some datasets write it.</summary>
internal static class LanguageNames
{
    private static readonly Lazy<Dictionary<string, LanguageTag>> ByEnglishName = new(() =>
        LanguageRegistry.All
            .GroupBy(i => i.EnglishName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Tag, StringComparer.OrdinalIgnoreCase));

    public static LanguageTag? Resolve(string text)
    {
        var trimmed = text.Trim();
        return LanguageTag.TryParse(trimmed, out var tag) ? tag
            : ByEnglishName.Value.TryGetValue(trimmed, out var named) ? named
            : null;
    }
}
