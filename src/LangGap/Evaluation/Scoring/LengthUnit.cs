namespace LangGap.Evaluation.Scoring;

/// <summary>What <see cref="LengthScorer"/> counts.</summary>
public enum LengthUnit
{
    /// <summary>User-perceived characters (extended grapheme clusters).</summary>
    Characters,

    /// <summary>White-space separated words; not meaningful for scripts written without spaces (Chinese, Japanese, Thai).</summary>
    Words,

    /// <summary>A model's tokens, counted by the model's tokenizer (the unit of generation cost and context limits).</summary>
    ModelTokens,
}
