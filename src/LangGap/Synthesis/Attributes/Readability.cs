using System.Globalization;
using System.Text;
using LangGap.Languages;

namespace LangGap.Synthesis.Attributes;

/// <summary>Flesch-type reading ease for the languages that have a published variant: en, de, es, fr, it, nl, pt.</summary>
/// <remarks>
/// <para>Formulas: English, Flesch (1948) 206.835 − 1.015·ASL − 84.6·ASW; German, Amstad (1978) 180 − ASL − 58.5·ASW;
/// Spanish, Szigriszt-Pazos (1993) 206.835 − ASL − 62.3·ASW; French, Kandel and Moles (1958) 207 − 1.015·ASL − 73.6·ASW;
/// Italian, Franchina and Vacca (1986) 217 − 1.3·ASL − 60·ASW; Dutch, Douma (1960) 206.835 − 0.93·ASL − 77·ASW;
/// Portuguese, Martins et al. (1996) 248.835 − 1.015·ASL − 84.6·ASW (ASL words per sentence, ASW syllables per word).</para>
/// <para>Counting, stated exactly because it moves the score: a word is a white-space separated piece, stripped of
/// edge punctuation, that contains a letter; a sentence ends at a run of <c>. ! ? …</c> (or their full-width forms)
/// followed by white space or the end of the text, and text after the last end counts as a sentence; a word's
/// syllables are its maximal runs of the language's vowel letters (so diphthongs count once), with English dropping a
/// final silent <c>e</c> (not <c>-le</c>) from words of two or more runs, and every word has at least one. These are
/// approximations of a hyphenation dictionary, consistent across texts, which is what comparisons need.</para>
/// <para>Other languages have no defined formula here (a Flesch formula's coefficients are fitted to one language's
/// words and sentences; applied to another, the numbers mean nothing), so <see cref="For"/> returns null.</para>
/// </remarks>
public static class Readability
{
    /// <summary>The formulas, one per language.</summary>
    public static IReadOnlyList<ReadabilityFormula> Formulas { get; } =
    [
        new("en", "Flesch (1948)", 206.835, 1.015, 84.6, "aeiouy"),
        new("de", "Amstad (1978)", 180, 1, 58.5, "aeiouyäöü"),
        new("es", "Szigriszt-Pazos (1993)", 206.835, 1, 62.3, "aeiouyáéíóúü"),
        new("fr", "Kandel-Moles (1958)", 207, 1.015, 73.6, "aeiouyàâäéèêëîïôöûùüÿœæ"),
        new("it", "Franchina-Vacca (1986)", 217, 1.3, 60, "aeiouàèéìíîòóùú"),
        new("nl", "Douma (1960)", 206.835, 0.93, 77, "aeiouyàäéèêëïíóöüú"),
        new("pt", "Martins et al. (1996)", 248.835, 1.015, 84.6, "aeiouáàâãéêíóôõúü"),
    ];

    /// <summary>The languages with a formula.</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. Formulas.Select(f => f.Language)];

    /// <summary>The formula for <paramref name="language"/>, or null when none is defined.</summary>
    public static ReadabilityFormula? For(LanguageTag language) => Formulas.FirstOrDefault(f => f.Language == language.Language);

    /// <summary>The counts of <paramref name="text"/> under <paramref name="formula"/>'s vowels: sentences, words, syllables.</summary>
    public static (int Sentences, int Words, int Syllables) Count(string text, ReadabilityFormula formula)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(formula);
        var sentences = 0;
        var words = 0;
        var syllables = 0;
        var open = false;
        foreach (var piece in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = StripEdges(piece).ToLowerInvariant();
            if (word.Any(char.IsLetter))
            {
                words++;
                syllables += Syllables(word, formula);
                open = true;
            }
            if (open && EndsSentence(piece))
            {
                sentences++;
                open = false;
            }
        }
        return (open ? sentences + 1 : sentences, words, syllables);
    }

    /// <summary>The syllables of one lower-case word: runs of vowel letters, at least one.</summary>
    public static int Syllables(string word, ReadabilityFormula formula)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(formula);
        var normalised = word.Normalize(NormalizationForm.FormC);
        var runs = 0;
        var inVowel = false;
        foreach (var c in normalised)
        {
            var vowel = formula.Vowels.Contains(c, StringComparison.Ordinal);
            if (vowel && !inVowel)
            {
                runs++;
            }
            inVowel = vowel;
        }
        if (formula.Language == "en" && runs > 1 && normalised.EndsWith('e') && !normalised.EndsWith("le", StringComparison.Ordinal)
            && !formula.Vowels.Contains(normalised[^2], StringComparison.Ordinal))
        {
            runs--;
        }
        return Math.Max(1, runs);
    }

    private static bool EndsSentence(string piece)
    {
        var end = piece.Length;
        while (end > 0 && CharUnicodeInfo.GetUnicodeCategory(piece[end - 1]) is UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation
            || end > 0 && piece[end - 1] is '"' or '\'')
        {
            end--;
        }
        return end > 0 && piece[end - 1] is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }

    private static string StripEdges(string piece)
    {
        var start = 0;
        var end = piece.Length;
        while (start < end && !char.IsLetterOrDigit(piece[start]))
        {
            start++;
        }
        while (end > start && !char.IsLetterOrDigit(piece[end - 1]) && CharUnicodeInfo.GetUnicodeCategory(piece[end - 1]) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
        {
            end--;
        }
        return piece[start..end];
    }
}
