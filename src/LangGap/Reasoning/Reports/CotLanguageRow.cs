namespace LangGap.Reasoning.Reports;

/// <summary>What the chains of thought of one query language are made of, over all budgets.</summary>
/// <param name="Language">The query language.</param>
/// <param name="Generations">Generations with thinking that has letters.</param>
/// <param name="DominantQuery">Of them, thinking mostly in the query language.</param>
/// <param name="DominantEnglish">Thinking mostly in English (for English queries, equal to <paramref name="DominantQuery"/>).</param>
/// <param name="MeanQueryShare">Mean share of thinking words in the query language.</param>
/// <param name="Sentences">Thinking sentences that have a language.</param>
/// <param name="CodeMixedSentences">Of them, sentences mixing languages outside quotations.</param>
/// <param name="QuoteEvents">Quote-and-think events.</param>
/// <param name="PreciseQuotes">Events whose quoted words occur verbatim in the question.</param>
/// <param name="GenerationsWithQuotes">Generations with at least one event.</param>
public sealed record CotLanguageRow(string Language, int Generations, int DominantQuery, int DominantEnglish, double MeanQueryShare, int Sentences,
    int CodeMixedSentences, int QuoteEvents, int PreciseQuotes, int GenerationsWithQuotes);
