namespace LangGap.Statistics.Agreement;

/// <summary>How a systems × items score matrix (flattened system-major) is grouped before correlating (mt-metrics-eval's <c>average_by</c>).</summary>
public enum AverageBy
{
    /// <summary>One correlation over the flattened vectors.</summary>
    None,

    /// <summary>One correlation per system (row), averaged.</summary>
    System,

    /// <summary>One correlation per item (column: the systems' scores for one segment), averaged.</summary>
    Item,
}
