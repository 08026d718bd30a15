namespace LangGap.Synthesis.Attributes;

/// <summary>Which published definition of MTLD (measure of textual lexical diversity) <see cref="Mtld"/> computes.</summary>
/// <remarks>
/// The definitions disagree on the same tokens, so a value is only comparable with values of the same definition; the
/// scorer records the definition in its settings. Every definition counts a token type by exact (ordinal) string equality.
/// </remarks>
public enum MtldDefinition
{
    /// <summary>
    /// LexicalRichness's <c>mtld(threshold)</c> (the default): walking the tokens, a factor ends as soon as the running
    /// type-token ratio is at or below the threshold; the remainder adds the partial factor (1 − TTR)/(1 − threshold);
    /// a text whose TTR never falls that low counts one factor when every token differs, else the partial factor of the
    /// whole text. The value is tokens / factors, averaged over the forward and the backward pass.
    /// </summary>
    LexicalRichness,

    /// <summary>
    /// lexical_diversity's <c>mtld(min=10)</c>: a factor ends when its TTR is strictly below the threshold and it has at
    /// least 10 tokens; the last token always closes a partial factor (1 − TTR)/(1 − threshold) of the remaining
    /// segment. The value is the tokens covered / factors (0 when there are no factors), averaged over both directions.
    /// </summary>
    LexicalDiversity,

    /// <summary>
    /// lexical_diversity's <c>mtld_ma_bid</c>: from every start position, the length of the first prefix of at least 10
    /// tokens whose TTR is below the threshold (starts with no such prefix are skipped); the mean of those lengths
    /// (0 when none), averaged over the forward and the backward text.
    /// </summary>
    MovingAverageBidirectional,

    /// <summary>
    /// lexical_diversity's <c>mtld_ma_wrap</c>: as <see cref="MovingAverageBidirectional"/> but forward only, with the
    /// text read as a loop (a factor may run past the end into the beginning), so late start positions are not lost.
    /// </summary>
    MovingAverageWrap,
}
