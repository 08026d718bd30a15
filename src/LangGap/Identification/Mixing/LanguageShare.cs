using LangGap.Languages;

namespace LangGap.Identification.Mixing;

/// <summary>How much of a text is in one language.</summary>
/// <param name="Language">The language (see <see cref="LanguageIdentifier.LanguageOf"/>).</param>
/// <param name="Label">The language label.</param>
/// <param name="Words">Words assigned to the language.</param>
/// <param name="Share">Words as a fraction of all words of the text (0–1).</param>
public sealed record LanguageShare(LanguageTag? Language, string Label, int Words, double Share);
