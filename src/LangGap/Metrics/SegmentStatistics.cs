namespace LangGap.Metrics;

/// <summary>A row-major matrix of per-segment sufficient statistics (segments × width).</summary>
public sealed class SegmentStatistics
{
    private readonly double[] _values;

    /// <summary>Wraps <paramref name="values"/>, which holds <paramref name="count"/> rows of <paramref name="width"/> statistics.</summary>
    public SegmentStatistics(int count, int width, double[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != count * width)
        {
            throw new ArgumentException($"Expected {count * width} values for {count} segments of width {width}, found {values.Length}.", nameof(values));
        }
        Count = count;
        Width = width;
        _values = values;
    }

    /// <summary>The number of segments.</summary>
    public int Count { get; }

    /// <summary>The number of statistics per segment.</summary>
    public int Width { get; }

    /// <summary>The statistics of segment <paramref name="index"/>.</summary>
    public ReadOnlySpan<double> Row(int index) => _values.AsSpan(index * Width, Width);

    /// <summary>All values, row-major.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Sums every segment's statistics.</summary>
    public double[] Total()
    {
        var totals = new double[Width];
        for (var i = 0; i < Count; i++)
        {
            Add(totals, i);
        }
        return totals;
    }

    /// <summary>Adds the statistics of the segments named by <paramref name="indices"/> (repeats allowed) into <paramref name="totals"/>.</summary>
    public void SumInto(Span<double> totals, ReadOnlySpan<int> indices)
    {
        if (totals.Length != Width)
        {
            throw new ArgumentException($"Expected a totals span of length {Width}, found {totals.Length}.", nameof(totals));
        }
        totals.Clear();
        foreach (var index in indices)
        {
            Add(totals, index);
        }
    }

    private void Add(Span<double> totals, int index)
    {
        var row = Row(index);
        for (var j = 0; j < row.Length; j++)
        {
            totals[j] += row[j];
        }
    }
}
