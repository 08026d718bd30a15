using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LangGap.Metrics.Significance;

/// <summary>The inner loop of every resampling test: add selected rows of a padded row-major matrix.</summary>
/// <remarks>
/// Rows are padded to whole 256-bit vectors. For up to four vectors per row the running sum lives in registers,
/// which removes the store-to-load dependency of accumulating in memory; wider rows fall back to a span accumulator.
/// </remarks>
internal static class RowSums
{
    /// <summary>Sets <paramref name="sum"/> (length <paramref name="stride"/>) to the sum of rows <paramref name="rowIndices"/> of <paramref name="rows"/>.</summary>
    public static void Sum<T>(ReadOnlySpan<T> rows, int stride, ReadOnlySpan<int> rowIndices, Span<T> sum)
        where T : unmanaged, INumber<T>
    {
        var lanes = Vector256<T>.Count;
        ref var source = ref MemoryMarshal.GetReference(rows);
        switch (stride / lanes)
        {
            case 1: Sum1(ref source, stride, rowIndices, sum); break;
            case 2: Sum2(ref source, stride, rowIndices, sum); break;
            case 3: Sum3(ref source, stride, rowIndices, sum); break;
            case 4: Sum4(ref source, stride, rowIndices, sum); break;
            default: SumWide(ref source, stride, rowIndices, sum); break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sum1<T>(ref T source, int stride, ReadOnlySpan<int> rowIndices, Span<T> sum)
        where T : unmanaged, INumber<T>
    {
        var a = Vector256<T>.Zero;
        foreach (var row in rowIndices)
        {
            a += Vector256.LoadUnsafe(ref source, (nuint)(row * stride));
        }
        a.StoreUnsafe(ref MemoryMarshal.GetReference(sum));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sum2<T>(ref T source, int stride, ReadOnlySpan<int> rowIndices, Span<T> sum)
        where T : unmanaged, INumber<T>
    {
        var lanes = (nuint)Vector256<T>.Count;
        Vector256<T> a = Vector256<T>.Zero, b = Vector256<T>.Zero;
        foreach (var row in rowIndices)
        {
            var offset = (nuint)(row * stride);
            a += Vector256.LoadUnsafe(ref source, offset);
            b += Vector256.LoadUnsafe(ref source, offset + lanes);
        }
        ref var target = ref MemoryMarshal.GetReference(sum);
        a.StoreUnsafe(ref target);
        b.StoreUnsafe(ref target, lanes);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sum3<T>(ref T source, int stride, ReadOnlySpan<int> rowIndices, Span<T> sum)
        where T : unmanaged, INumber<T>
    {
        var lanes = (nuint)Vector256<T>.Count;
        Vector256<T> a = Vector256<T>.Zero, b = Vector256<T>.Zero, c = Vector256<T>.Zero;
        foreach (var row in rowIndices)
        {
            var offset = (nuint)(row * stride);
            a += Vector256.LoadUnsafe(ref source, offset);
            b += Vector256.LoadUnsafe(ref source, offset + lanes);
            c += Vector256.LoadUnsafe(ref source, offset + 2 * lanes);
        }
        ref var target = ref MemoryMarshal.GetReference(sum);
        a.StoreUnsafe(ref target);
        b.StoreUnsafe(ref target, lanes);
        c.StoreUnsafe(ref target, 2 * lanes);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sum4<T>(ref T source, int stride, ReadOnlySpan<int> rowIndices, Span<T> sum)
        where T : unmanaged, INumber<T>
    {
        var lanes = (nuint)Vector256<T>.Count;
        Vector256<T> a = Vector256<T>.Zero, b = Vector256<T>.Zero, c = Vector256<T>.Zero, d = Vector256<T>.Zero;
        foreach (var row in rowIndices)
        {
            var offset = (nuint)(row * stride);
            a += Vector256.LoadUnsafe(ref source, offset);
            b += Vector256.LoadUnsafe(ref source, offset + lanes);
            c += Vector256.LoadUnsafe(ref source, offset + 2 * lanes);
            d += Vector256.LoadUnsafe(ref source, offset + 3 * lanes);
        }
        ref var target = ref MemoryMarshal.GetReference(sum);
        a.StoreUnsafe(ref target);
        b.StoreUnsafe(ref target, lanes);
        c.StoreUnsafe(ref target, 2 * lanes);
        d.StoreUnsafe(ref target, 3 * lanes);
    }

    private static void SumWide<T>(ref T source, int stride, ReadOnlySpan<int> rowIndices, Span<T> sum)
        where T : unmanaged, INumber<T>
    {
        var lanes = Vector256<T>.Count;
        sum.Clear();
        ref var target = ref MemoryMarshal.GetReference(sum);
        foreach (var row in rowIndices)
        {
            var offset = row * stride;
            for (var j = 0; j < stride; j += lanes)
            {
                var v = Vector256.LoadUnsafe(ref target, (nuint)j) + Vector256.LoadUnsafe(ref source, (nuint)(offset + j));
                v.StoreUnsafe(ref target, (nuint)j);
            }
        }
    }
}
