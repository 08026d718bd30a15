using LangGap.Languages;

namespace LangGap.Identification.Mixing;

/// <summary>The languages of a text: the dominant one, each one's share of the words, and contiguous spans.</summary>
/// <param name="Dominant">The language with the most words, or null for a text without words.</param>
/// <param name="Shares">Every language found, most words first.</param>
/// <param name="Spans">The text cut into maximal single-language stretches, in order.</param>
/// <param name="WordCount">Words in the text (whitespace-separated, also split where the script changes).</param>
public sealed record LanguageMixAnalysis(string? Dominant, IReadOnlyList<LanguageShare> Shares, IReadOnlyList<LanguageSpan> Spans, int WordCount)
{
    /// <summary>True when more than one language was found.</summary>
    public bool IsMixed => Shares.Count > 1;

    /// <summary>The share of words in <paramref name="label"/> (0 when absent).</summary>
    public double ShareOf(string label) => Shares.Where(s => s.Label == label).Sum(s => s.Share);

    /// <summary>The share of words in languages <see cref="LanguageTag.Equivalent"/> to <paramref name="language"/> (0 when absent).</summary>
    public double ShareOf(LanguageTag language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Shares.Where(s => s.Language is not null && LanguageTag.Equivalent(s.Language, language)).Sum(s => s.Share);
    }
}
