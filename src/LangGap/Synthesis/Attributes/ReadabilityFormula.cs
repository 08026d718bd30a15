namespace LangGap.Synthesis.Attributes;

/// <summary>A Flesch-type reading-ease formula: <c>Intercept − PerWordsPerSentence·(words/sentences) − PerSyllablesPerWord·(syllables/words)</c>.</summary>
/// <remarks>Higher is easier. The coefficients are the published ones; the syllable count is <see cref="Readability"/>'s vowel-group rule.</remarks>
/// <param name="Language">The ISO 639-1 code of the language the formula was made for.</param>
/// <param name="Name">The formula's name and source (for example <c>Flesch (1948)</c>).</param>
/// <param name="Intercept">The constant.</param>
/// <param name="PerWordsPerSentence">The weight of the mean sentence length in words.</param>
/// <param name="PerSyllablesPerWord">The weight of the mean word length in syllables.</param>
/// <param name="Vowels">The letters whose maximal runs count as one syllable each.</param>
public sealed record ReadabilityFormula(string Language, string Name, double Intercept, double PerWordsPerSentence, double PerSyllablesPerWord, string Vowels)
{
    /// <summary>The score of a text with the given counts.</summary>
    public double Score(int sentences, int words, int syllables) =>
        Intercept - PerWordsPerSentence * ((double)words / sentences) - PerSyllablesPerWord * ((double)syllables / words);
}
