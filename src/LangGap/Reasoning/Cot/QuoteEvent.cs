namespace LangGap.Reasoning.Cot;

/// <summary>One quote-and-think event: a quoted span in the query's language inside thinking in another language.</summary>
/// <param name="Text">The quoted words, without the quotation marks.</param>
/// <param name="Start">Where the quoted words start in the thinking (UTF-16 code units).</param>
/// <param name="Precise">Whether the quoted words occur verbatim in the question.</param>
public sealed record QuoteEvent(string Text, int Start, bool Precise);
