namespace LangGap.Reasoning.Cot;

/// <summary>What one chain of thought is made of: its sentences' languages, its dominant language, the share of words
/// in the query's language, code-mixed sentences and quote-and-think events.</summary>
/// <param name="QueryLanguage">The label of the query's language (fastText's, e.g. <c>de</c>).</param>
/// <param name="Dominant">The language with the most words over sentences that have letters, or <see langword="null"/>
/// when there are none.</param>
/// <param name="QueryLanguageShare">The share of those words in the query's language (0 when there are none).</param>
/// <param name="Sentences">Every sentence, in order.</param>
/// <param name="Quotes">Quote-and-think events, in order.</param>
public sealed record CotAnalysis(string QueryLanguage, string? Dominant, double QueryLanguageShare, IReadOnlyList<ThinkingSentence> Sentences,
    IReadOnlyList<QuoteEvent> Quotes)
{
    /// <summary>Sentences with letters (the ones that have a language).</summary>
    public int LinguisticSentences => Sentences.Count(s => s.Language is not null);

    /// <summary>Sentences that mix languages.</summary>
    public int CodeMixedSentences => Sentences.Count(s => s.CodeMixed);

    /// <summary>Quote-and-think events whose words occur verbatim in the question.</summary>
    public int PreciseQuotes => Quotes.Count(q => q.Precise);

    /// <summary>The share of words in <paramref name="label"/> over sentences that have a language.</summary>
    public double ShareOf(string label)
    {
        var total = Sentences.Where(s => s.Language is not null).Sum(s => s.Words);
        return total == 0 ? 0 : (double)Sentences.Where(s => s.Language == label).Sum(s => s.Words) / total;
    }
}
