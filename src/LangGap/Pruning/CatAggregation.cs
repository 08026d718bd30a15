namespace LangGap.Pruning;

/// <summary>How a pair's perplexities across checkpoints become one CAT score.</summary>
public enum CatAggregation
{
    /// <summary>The population variance of the perplexities (the default).</summary>
    Variance,

    /// <summary>The mean absolute change between consecutive checkpoints.</summary>
    MeanAbsoluteChange,

    /// <summary>The coefficient of variation: population standard deviation over mean.</summary>
    CoefficientOfVariation,
}
