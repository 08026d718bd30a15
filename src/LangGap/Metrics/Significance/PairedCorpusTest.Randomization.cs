using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

using LangGap.Statistics.Resampling;

namespace LangGap.Metrics.Significance;

public sealed partial class PairedCorpusTest
{
    // Segments are taken four at a time: for each block the 16 possible sums of its swapped differences are tabulated,
    // so one trial adds n/4 table rows chosen by the mask's nibbles, with no branch on random bits.
    private const int BlockBits = 4;
    private const int BlockSize = 1 << BlockBits;

    // Trials summed together, block by block, so a block's 16 table rows and the batch's running sums stay in L1.
    private const int TrialBatch = 128;

    private PairedSystemResult[] Randomize<T>(TotalsScorer score, IReadOnlyList<string> systems, IReadOnlyList<SegmentStatistics> statistics, double[] actual)
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
            var stride = system.Stride;
            var swapped = new T[TrialBatch * stride];
            var totalsA = new double[system.Width];
            var totalsB = new double[system.Width];
            var actualDifference = Math.Abs(actual[0] - actual[s]);
            var exceeding = 0;
            for (var first = 0; first < masks.Trials; first += TrialBatch)
            {
                var batch = Math.Min(TrialBatch, masks.Trials - first);
                SumSwaps(table, blocks, masks, first, batch, swapped);
                for (var t = 0; t < batch; t++)
                {
                    var sum = swapped.AsSpan(t * stride, stride);
                    // Pseudo-system A takes the baseline's statistics where the mask is set, B the system's.
                    for (var j = 0; j < system.Width; j++)
                    {
                        totalsA[j] = double.CreateChecked(systemTotal[j] + sum[j]);
                        totalsB[j] = double.CreateChecked(baseTotal[j] - sum[j]);
                    }
                    if (Math.Abs(score(totalsA) - score(totalsB)) > actualDifference)
                    {
                        exceeding++;
                    }
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

    // For every trial of the batch: the sum over blocks of the table row its mask nibble selects.
    private static void SumSwaps<T>(PackedStatistics<T> table, int blocks, RandomizationMasks masks, int first, int batch, T[] sums)
        where T : unmanaged, INumber<T>
    {
        var stride = table.Stride;
        var vectors = stride / Vector256<T>.Count;
        Array.Clear(sums);
        ref var sumRef = ref MemoryMarshal.GetArrayDataReference(sums);
        ref var tableRef = ref MemoryMarshal.GetArrayDataReference(table.Rows);
        for (var b = 0; b < blocks; b++)
        {
            var words = masks.Word(b >> 4).Slice(first, batch);
            var shift = (b & 15) << 2;
            ref var blockRef = ref Unsafe.Add(ref tableRef, b * BlockSize * stride);
            switch (vectors)
            {
                case 1: AddRows1(ref blockRef, ref sumRef, words, shift, stride); break;
                case 2: AddRows2(ref blockRef, ref sumRef, words, shift, stride); break;
                case 3: AddRows3(ref blockRef, ref sumRef, words, shift, stride); break;
                default: AddRowsWide(ref blockRef, ref sumRef, words, shift, stride); break;
            }
        }
    }

    private static void AddRows1<T>(ref T block, ref T sums, ReadOnlySpan<ulong> words, int shift, int stride)
        where T : unmanaged, INumber<T>
    {
        for (var t = 0; t < words.Length; t++)
        {
            var row = (nuint)((int)((words[t] >> shift) & (BlockSize - 1)) * stride);
            var target = (nuint)(t * stride);
            (Vector256.LoadUnsafe(ref sums, target) + Vector256.LoadUnsafe(ref block, row)).StoreUnsafe(ref sums, target);
        }
    }

    private static void AddRows2<T>(ref T block, ref T sums, ReadOnlySpan<ulong> words, int shift, int stride)
        where T : unmanaged, INumber<T>
    {
        var lanes = (nuint)Vector256<T>.Count;
        for (var t = 0; t < words.Length; t++)
        {
            var row = (nuint)((int)((words[t] >> shift) & (BlockSize - 1)) * stride);
            var target = (nuint)(t * stride);
            (Vector256.LoadUnsafe(ref sums, target) + Vector256.LoadUnsafe(ref block, row)).StoreUnsafe(ref sums, target);
            (Vector256.LoadUnsafe(ref sums, target + lanes) + Vector256.LoadUnsafe(ref block, row + lanes)).StoreUnsafe(ref sums, target + lanes);
        }
    }

    private static void AddRows3<T>(ref T block, ref T sums, ReadOnlySpan<ulong> words, int shift, int stride)
        where T : unmanaged, INumber<T>
    {
        var lanes = (nuint)Vector256<T>.Count;
        for (var t = 0; t < words.Length; t++)
        {
            var row = (nuint)((int)((words[t] >> shift) & (BlockSize - 1)) * stride);
            var target = (nuint)(t * stride);
            (Vector256.LoadUnsafe(ref sums, target) + Vector256.LoadUnsafe(ref block, row)).StoreUnsafe(ref sums, target);
            (Vector256.LoadUnsafe(ref sums, target + lanes) + Vector256.LoadUnsafe(ref block, row + lanes)).StoreUnsafe(ref sums, target + lanes);
            (Vector256.LoadUnsafe(ref sums, target + 2 * lanes) + Vector256.LoadUnsafe(ref block, row + 2 * lanes)).StoreUnsafe(ref sums, target + 2 * lanes);
        }
    }

    private static void AddRowsWide<T>(ref T block, ref T sums, ReadOnlySpan<ulong> words, int shift, int stride)
        where T : unmanaged, INumber<T>
    {
        var lanes = Vector256<T>.Count;
        for (var t = 0; t < words.Length; t++)
        {
            var row = (int)((words[t] >> shift) & (BlockSize - 1)) * stride;
            var target = t * stride;
            for (var j = 0; j < stride; j += lanes)
            {
                (Vector256.LoadUnsafe(ref sums, (nuint)(target + j)) + Vector256.LoadUnsafe(ref block, (nuint)(row + j))).StoreUnsafe(ref sums, (nuint)(target + j));
            }
        }
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
