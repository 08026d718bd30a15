using System.Numerics;
using System.Runtime.InteropServices;

namespace LangGap.Identification.FastText;

/// <summary>A row-major float matrix (fastText's <c>DenseMatrix</c>).</summary>
internal sealed class DenseMatrix : RowMatrix
{
    private readonly float[] _data;

    public DenseMatrix(long rows, int columns, float[] data) : base(rows, columns)
    {
        _data = data;
    }

    /// <summary>Reads <c>m</c>, <c>n</c> and the values, as <c>DenseMatrix::save</c> writes them.</summary>
    public static DenseMatrix Read(ref ModelReader reader, string what)
    {
        var m = reader.ReadInt64($"the {what} row count");
        var n = reader.ReadInt64($"the {what} column count");
        if (m < 0 || n <= 0 || n > 1 << 16 || m * n > int.MaxValue / 4)
        {
            throw reader.Corrupt($"the {what} has an impossible shape {m}×{n}");
        }
        return new DenseMatrix(m, (int)n, reader.ReadFloats(m * n, $"the {what} values"));
    }

    public override void AddRowTo(Span<float> x, int row)
    {
        // Element-wise float additions: vectorising them cannot change any result.
        var source = _data.AsSpan(row * Columns, Columns);
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<float>.Count)
        {
            var xs = MemoryMarshal.Cast<float, Vector<float>>(x);
            var ss = MemoryMarshal.Cast<float, Vector<float>>(source);
            for (var v = 0; v < xs.Length; v++)
            {
                xs[v] += ss[v];
            }
            i = xs.Length * Vector<float>.Count;
        }
        for (; i < x.Length; i++)
        {
            x[i] += source[i];
        }
    }

    public override float Dot(ReadOnlySpan<float> x, int row)
    {
        var source = _data.AsSpan(row * Columns, Columns);
        var d = 0f;
        for (var j = 0; j < source.Length; j++)
        {
            d += source[j] * x[j];
        }
        return d;
    }
}
