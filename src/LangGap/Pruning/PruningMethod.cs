namespace LangGap.Pruning;

/// <summary>How pairs are scored before the top (or bottom) fraction is kept.</summary>
public enum PruningMethod
{
    /// <summary>Checkpoints Across Time: how much a pair's target perplexity moves across early checkpoints.</summary>
    Cat,

    /// <summary>A seeded uniform random score.</summary>
    Random,

    /// <summary>Source plus target length in characters (keep-high keeps the longest, keep-low the shortest).</summary>
    Length,

    /// <summary>Minus the distance of log(source length / target length) from the corpus median (outliers score low).</summary>
    LengthRatio,

    /// <summary>The smaller of the two sides' probabilities of being in their declared language (fastText LID).</summary>
    Lid,

    /// <summary>Target perplexity at a single early checkpoint (EL2N-style; keep-high keeps the hard pairs).</summary>
    Loss,

    /// <summary>0 for an exact or near duplicate of an earlier pair or a target that copies its source, else 1.</summary>
    Duplicates,
}
