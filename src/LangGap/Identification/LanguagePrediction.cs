using LangGap.Languages;

namespace LangGap.Identification;

/// <summary>One predicted language of a text with its probability.</summary>
/// <param name="Language">
/// The language the label names (lid.176's <c>als</c>, Wikipedia's code for Alemannic, is <c>gsw</c>); null only
/// for a model whose label is not a language code LangGap knows.
/// </param>
/// <param name="Label">The model's label without the <c>__label__</c> prefix (for lid.176 an ISO 639 code such as <c>de</c> or <c>als</c>).</param>
/// <param name="Probability">
/// The probability fastText prints: <c>exp</c> of the summed <c>log(p + 1e-5)</c> along the prediction, so a near-certain
/// prediction can read slightly above 1 (e.g. 1.00007), exactly as <c>fasttext predict-prob</c> shows it.
/// </param>
public sealed record LanguagePrediction(LanguageTag? Language, string Label, double Probability);
