using System.Text;

namespace LangGap.Text;

/// <summary>Unicode normalisation where LangGap compares text by its meaning rather than its code points.</summary>
/// <remarks>
/// The same Hindi word can arrive precomposed (क़ as U+0958), decomposed (क + ◌़) or in NFD from another keyboard or
/// pipeline; a model's output and a reference that differ only so are the same text. Language identification and the
/// evaluation's reference metrics (chrF, BLEU against a sample's references) therefore see NFC. <c>langgap score</c> and
/// <c>langgap compare</c> do not normalise: they are sacrebleu-exact, and sacrebleu scores the code points it is given.
/// </remarks>
public static class TextNormalization
{
    /// <summary><paramref name="text"/> in Unicode normalisation form C; the same instance when it already is.</summary>
    /// <remarks>Every code point below U+0300 is stable under NFC, so text made only of them is returned without a call into ICU.</remarks>
    public static string ToNfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (c >= '\u0300')
            {
                return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
            }
        }
        return text;
    }
}
