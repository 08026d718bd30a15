using LangGap.Languages;

namespace LangGap.Identification.Mixing;

/// <summary>A stretch of a text in one language.</summary>
/// <param name="Language">The language (see <see cref="LanguageIdentifier.LanguageOf"/>).</param>
/// <param name="Label">The language label (as the model names it, e.g. <c>en</c>).</param>
/// <param name="Start">Offset of the first character in the text (UTF-16 code units).</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="FirstWord">Index of the first word of the span among the text's words.</param>
/// <param name="WordCount">Number of words in the span.</param>
/// <param name="Probability">The identifier's probability for <paramref name="Label"/> on the span's text.</param>
/// <param name="Text">The span's text.</param>
public sealed record LanguageSpan(LanguageTag? Language, string Label, int Start, int Length, int FirstWord, int WordCount, double Probability, string Text);
