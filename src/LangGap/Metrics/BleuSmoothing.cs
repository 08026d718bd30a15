namespace LangGap.Metrics;

/// <summary>BLEU's smoothing methods (Chen and Cherry, 2014), as sacrebleu names them.</summary>
public enum BleuSmoothing
{
    /// <summary><c>exp</c>: NIST/mteval-v13a smoothing, each further zero-match order halves the pseudo-count (sacrebleu's default).</summary>
    Exp,

    /// <summary><c>floor</c>: a zero-match precision becomes <c>value / total</c> (default value 0.1).</summary>
    Floor,

    /// <summary><c>add-k</c>: <c>value</c> is added to matches and totals of orders 2 and above (default value 1).</summary>
    AddK,

    /// <summary><c>none</c>: no smoothing.</summary>
    None,
}
