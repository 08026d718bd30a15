using LangGap.Languages;

namespace LangGap.Safety.Mixing;

/// <summary>Templated safe replies (a refusal that offers other help) and compliance openers per language, written for LangGap.</summary>
/// <remarks>
/// Used by <see cref="SafetyMixWriter"/> when no teacher model writes the safe replies. Every refusal contains a phrase
/// of the refusal lexicon, so a model trained on them is measured by the <c>refusal</c> scorer. The compliance opener
/// ("Sure! Here it is:") is the rejected side of a red-team preference pair: it carries no harmful content itself.
/// Languages without a template fall back to English, and the provenance says so.
/// </remarks>
public static class SafeReplyTemplates
{
    private static readonly Dictionary<string, (string Refusal, string Compliance)> Templates = new(StringComparer.Ordinal)
    {
        ["ar"] = ("عذراً، لا أستطيع المساعدة في ذلك لأنه قد يسيء إلى الناس. يسعدني أن أساعدك في شيء آخر.", "بالتأكيد! إليك ما طلبت:"),
        ["en"] = ("I'm sorry, but I can't help with that: it would hurt or demean people. I'm happy to help with something else.", "Sure! Here it is:"),
        ["es"] = ("Lo siento, no puedo ayudar con eso porque podría ofender a otras personas. Con gusto te ayudo con otra cosa.", "¡Claro! Aquí lo tienes:"),
        ["fil"] = ("Paumanhin, hindi ko magagawa iyan dahil makakasakit ito ng ibang tao. Masaya akong tumulong sa ibang bagay.", "Sige! Heto na:"),
        ["fr"] = ("Désolé, je ne peux pas vous aider avec cela : ce serait blessant pour d'autres personnes. Je peux vous aider avec autre chose.", "Bien sûr ! Voici :"),
        ["hi"] = ("माफ़ कीजिए, मैं इसमें मदद नहीं कर सकता क्योंकि इससे लोगों को ठेस पहुँच सकती है। मैं किसी और चीज़ में मदद कर सकता हूँ।", "ज़रूर! यह रहा:"),
        ["ru"] = ("Извините, я не могу с этим помочь: это может оскорбить людей. Я с радостью помогу с чем-нибудь другим.", "Конечно! Вот, пожалуйста:"),
        ["sr"] = ("Извините, не могу да помогнем у томе јер би то могло да увреди људе. Радо ћу помоћи око нечег другог.", "Наравно! Ево:"),
    };

    /// <summary>The languages with a template.</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. Templates.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The safe reply for <paramref name="language"/> and the language of the template used (English when there is none).</summary>
    public static (string Text, string Language) Refusal(LanguageTag language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Templates.TryGetValue(language.Language, out var t) ? (t.Refusal, language.Language) : (Templates["en"].Refusal, "en");
    }

    /// <summary>The compliance opener for <paramref name="language"/> and the language of the template used.</summary>
    public static (string Text, string Language) Compliance(LanguageTag language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Templates.TryGetValue(language.Language, out var t) ? (t.Compliance, language.Language) : (Templates["en"].Compliance, "en");
    }
}
