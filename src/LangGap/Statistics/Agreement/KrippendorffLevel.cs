namespace LangGap.Statistics.Agreement;

/// <summary>The level of measurement that sets Krippendorff's difference function δ².</summary>
public enum KrippendorffLevel
{
    /// <summary>Categories: δ² = 0 when equal, else 1.</summary>
    Nominal,

    /// <summary>Ranks: δ² depends on how many values lie between the two (from the marginal counts).</summary>
    Ordinal,

    /// <summary>Intervals: δ² = (c − k)².</summary>
    Interval,

    /// <summary>Ratios: δ² = ((c − k)/(c + k))².</summary>
    Ratio,
}
