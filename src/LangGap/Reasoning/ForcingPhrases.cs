using LangGap.Languages;

namespace LangGap.Reasoning;

/// <summary>The translation table of language forcing: per language the wait word, the thinking prefix and the system
/// line, written for LangGap (the 11 MGSM languages and a few more).</summary>
/// <remarks>The wait words and prefixes are the ones the embedded model saw in its worked solutions
/// (assets/embedded/tools/reasoning_problems.py), so forcing is in its training distribution.</remarks>
public static class ForcingPhrases
{
    private static readonly Dictionary<string, ForcingPhrase> Table = new ForcingPhrase[]
    {
        new("en", "Wait", "Okay, let me try to figure this out.", "Think step by step in English."),
        new("es", "Espera", "Bien, déjame intentar resolver esto.", "Piensa paso a paso en español."),
        new("fr", "Attends", "D'accord, laisse-moi essayer de comprendre.", "Réfléchis étape par étape en français."),
        new("de", "Warte", "Okay, lass mich versuchen, das herauszufinden.", "Denke Schritt für Schritt auf Deutsch nach."),
        new("ru", "Подожди", "Хорошо, давай попробую разобраться.", "Рассуждай шаг за шагом на русском языке."),
        new("zh", "等等", "好的，让我试着弄清楚这个问题。", "请用中文一步一步地思考。"),
        new("ja", "待って", "よし、これを解いてみよう。", "日本語で一歩ずつ考えてください。"),
        new("bn", "দাঁড়াও", "ঠিক আছে, আমি এটা বোঝার চেষ্টা করি।", "বাংলায় ধাপে ধাপে চিন্তা করো।"),
        new("sw", "Subiri", "Sawa, ngoja nijaribu kulitatua hili.", "Fikiri hatua kwa hatua kwa Kiswahili."),
        new("te", "ఆగండి", "సరే, దీన్ని అర్థం చేసుకోవడానికి ప్రయత్నిస్తాను.", "తెలుగులో దశలవారీగా ఆలోచించండి."),
        new("th", "เดี๋ยวก่อน", "โอเค ลองคิดดูก่อนนะ", "คิดทีละขั้นตอนเป็นภาษาไทย"),
        new("ar", "انتظر", "حسنًا، دعني أحاول حل هذه المسألة.", "فكّر خطوة بخطوة باللغة العربية."),
        new("hi", "रुको", "ठीक है, मुझे इसे समझने की कोशिश करने दो।", "हिंदी में कदम दर कदम सोचो।"),
    }.ToDictionary(p => p.Language, StringComparer.Ordinal);

    /// <summary>The languages of the table, sorted.</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. Table.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The phrases of <paramref name="language"/> (matched on its language subtag), or <see langword="null"/>.</summary>
    public static ForcingPhrase? Find(LanguageTag language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Table.GetValueOrDefault(language.Iso639_1 ?? language.Language);
    }

    /// <summary>The phrases of <paramref name="language"/>.</summary>
    /// <exception cref="InvalidInputException">The table has no entry for the language.</exception>
    public static ForcingPhrase For(LanguageTag language) => Find(language) ?? throw new InvalidInputException(
        $"Language forcing has no phrases for '{language}'; it knows {string.Join(", ", Languages)}.");
}
