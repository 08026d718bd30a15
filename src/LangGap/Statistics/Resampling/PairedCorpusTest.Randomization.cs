using System.Numerics;
using LangGap.Metrics;

namespace LangGap.Statistics.Resampling;

public sealed partial class PairedCorpusTest
{
    // Segments are taken four at a time: for each block the 16 possible sums of its swapped differences are tabulated,
    // so one trial adds n/4 table rows chosen by the mask's nibbles, with no branch on random bits.
    private const int BlockBits = 4;
    private const int BlockSize = 1 << BlockBits;

    private PairedSystemResult[] Randomize<T>(ICorpusMetric metric, IReadOnlyList<string> systems, IReadOnlyList<SegmentStatistics> statistics, double[] actual)
        where T : unmanaged, INumber<T>
    {
        var masks = _masks.Value;
        var pValues = new double[statistics.Count];
        var baseline = PackedStatistics<T>.From(statistics[0]);
        Parallel.For(1, statistics.Count, Parallelism, s =>
        {
            var system = PackedStatistics<T>.From(statistics[s]);
            var table = BuildSwapTable(baseline, system, out var blocks);
            var baseTotal = RowTotal(baseline);
            var systemTotal = RowTotal(system);
            var rowIndices = new int[blocks];
            var swapped = new T[system.Stride];
            var totalsA = new double[system.Width];
            var totalsB = new double[system.Width];
            var actualDifference = Math.Abs(actual[0] - actual[s]);
            var exceeding = 0;
            for (var t = 0; t < masks.Trials; t++)
            {
                var mask = masks[t];
                for (var b = 0; b < blocks; b++)
                {
                    var nibble = (int)(mask[b >> 4] >> ((b & 15) << 2)) & (BlockSize - 1);
                    rowIndices[b] = (b << BlockBits) | nibble;
                }
                RowSums.Sum<T>(table.Rows, table.Stride, rowIndices, swapped);
                // Pseudo-system A takes the baseline's statistics where the mask is set, B the system's.
                for (var j = 0; j < system.Width; j++)
                {
                    totalsA[j] = double.CreateChecked(systemTotal[j] + swapped[j]);
                    totalsB[j] = double.CreateChecked(baseTotal[j] - swapped[j]);
                }
                if (Math.Abs(metric.Score(totalsA).Score - metric.Score(totalsB).Score) > actualDifference)
                {
                    exceeding++;
                }
            }
            pValues[s] = PValue(exceeding, masks.Trials);
        });

        var rows = new PairedSystemResult[statistics.Count];
        for (var s = 0; s < rows.Length; s++)
        {
            double? p = s == 0 ? null : pValues[s];
            rows[s] = new PairedSystemResult(systems[s], actual[s], null, null, p, p);
        }
        return rows;
    }

    // Row (block·16 + v) holds the sum over the set bits k of v of (baseline − system) for segment 4·block + k.
    private static PackedStatistics<T> BuildSwapTable<T>(PackedStatistics<T> baseline, PackedStatistics<T> system, out int blocks)
        where T : unmanaged, INumber<T>
    {
        blocks = (system.Count + BlockBits - 1) / BlockBits;
        var table = new PackedStatistics<T>(blocks * BlockSize, system.Width);
        var stride = system.Stride;
        for (var b = 0; b < blocks; b++)
        {
            for (var v = 1; v < BlockSize; v++)
            {
                var bit = BitOperations.TrailingZeroCount(v);
                var segment = b * BlockBits + bit;
                var target = table.Rows.AsSpan((b * BlockSize + v) * stride, stride);
                var previous = table.Rows.AsSpan((b * BlockSize + (v & (v - 1))) * stride, stride);
                previous.CopyTo(target);
                if (segment < system.Count)
                {
                    var baseRow = baseline.Rows.AsSpan(segment * stride, stride);
                    var systemRow = system.Rows.AsSpan(segment * stride, stride);
                    for (var j = 0; j < stride; j++)
                    {
                        target[j] += baseRow[j] - systemRow[j];
                    }
                }
            }
        }
        return table;
    }

    private static T[] RowTotal<T>(PackedStatistics<T> packed) where T : unmanaged, INumber<T>
    {
        var total = new T[packed.Stride];
        for (var i = 0; i < packed.Count; i++)
        {
            var row = packed.Rows.AsSpan(i * packed.Stride, packed.Stride);
            for (var j = 0; j < row.Length; j++)
            {
                total[j] += row[j];
            }
        }
        return total;
    }
}
