using System.Numerics;
using System.Runtime.Intrinsics;

namespace LangGap.Metrics.Significance;

/// <summary>Segment statistics copied into rows padded to whole 256-bit vectors, as <typeparamref name="T"/> (int when exact, else double).</summary>
internal sealed class PackedStatistics<T> where T : unmanaged, INumber<T>
{
    public PackedStatistics(int count, int width)
    {
        Count = count;
        Width = width;
        Stride = (width + Vector256<T>.Count - 1) / Vector256<T>.Count * Vector256<T>.Count;
        Rows = new T[checked(count * Stride)];
    }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The number of meaningful values per row.</summary>
    public int Width { get; }

    /// <summary>The padded row length.</summary>
    public int Stride { get; }

    /// <summary>The padded rows, row-major.</summary>
    public T[] Rows { get; }

    /// <summary>Copies <paramref name="statistics"/> into padded rows.</summary>
    public static PackedStatistics<T> From(SegmentStatistics statistics)
    {
        var packed = new PackedStatistics<T>(statistics.Count, statistics.Width);
        for (var i = 0; i < statistics.Count; i++)
        {
            var row = statistics.Row(i);
            var target = packed.Rows.AsSpan(i * packed.Stride, statistics.Width);
            for (var j = 0; j < row.Length; j++)
            {
                target[j] = T.CreateChecked(row[j]);
            }
        }
        return packed;
    }

    /// <summary>Copies the first <see cref="Width"/> values of a padded sum into <paramref name="totals"/> as doubles.</summary>
    public void ToDoubles(ReadOnlySpan<T> sum, Span<double> totals)
    {
        for (var j = 0; j < Width; j++)
        {
            totals[j] = double.CreateChecked(sum[j]);
        }
    }

    /// <summary>True when every statistic is a whole number small enough that any resample sum fits in an int.</summary>
    public static bool FitInt32(IEnumerable<SegmentStatistics> all)
    {
        foreach (var statistics in all)
        {
            var max = 0.0;
            foreach (var value in statistics.Values)
            {
                if (value != Math.Floor(value))
                {
                    return false;
                }
                max = Math.Max(max, Math.Abs(value));
            }
            // A bootstrap sum is at most n·max; an AR difference sum at most 2·n·max.
            if (2.0 * statistics.Count * max >= int.MaxValue)
            {
                return false;
            }
        }
        return true;
    }
}
