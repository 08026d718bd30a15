namespace LangGap.Pruning;

/// <summary>Turns a pair's perplexities at successive checkpoints into its CAT score.</summary>
/// <remarks>The published description of CAT (Chimoto et al., Findings of ACL 2024) scores pairs by the variability of
/// their perplexity across early checkpoints; which statistic and which end is kept are selectable here.</remarks>
public static class CatScore
{
    /// <summary>The score of <paramref name="perplexities"/> (checkpoint order) under <paramref name="aggregation"/>;
    /// NaN when a value is not finite or, for the change, when there are fewer than two checkpoints.</summary>
    public static double Aggregate(ReadOnlySpan<double> perplexities, CatAggregation aggregation)
    {
        if (perplexities.Length == 0)
        {
            return double.NaN;
        }
        foreach (var p in perplexities)
        {
            if (!double.IsFinite(p))
            {
                return double.NaN;
            }
        }
        var mean = 0.0;
        foreach (var p in perplexities)
        {
            mean += p;
        }
        mean /= perplexities.Length;
        var variance = 0.0;
        foreach (var p in perplexities)
        {
            variance += (p - mean) * (p - mean);
        }
        variance /= perplexities.Length;
        switch (aggregation)
        {
            case CatAggregation.Variance:
                return variance;
            case CatAggregation.CoefficientOfVariation:
                return mean == 0 ? double.NaN : Math.Sqrt(variance) / mean;
            case CatAggregation.MeanAbsoluteChange:
                if (perplexities.Length < 2)
                {
                    return double.NaN;
                }
                var change = 0.0;
                for (var i = 1; i < perplexities.Length; i++)
                {
                    change += Math.Abs(perplexities[i] - perplexities[i - 1]);
                }
                return change / (perplexities.Length - 1);
            default:
                throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, "Unknown CAT aggregation.");
        }
    }
}
