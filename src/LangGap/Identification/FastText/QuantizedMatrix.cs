namespace LangGap.Identification.FastText;

/// <summary>
/// A product-quantized matrix (fastText's <c>QuantMatrix</c> with its <c>ProductQuantizer</c>): each row is
/// <c>nsubq</c> one-byte codes into 256 centroids per sub-vector, optionally scaled by a quantized norm.
/// </summary>
internal sealed class QuantizedMatrix : RowMatrix
{
    private const int CentroidsPerSubquantizer = 256;

    private readonly byte[] _codes;
    private readonly int _subquantizers;
    private readonly int _subDim;
    private readonly int _lastSubDim;
    private readonly float[] _centroids;
    private readonly byte[]? _normCodes;
    private readonly float[]? _normCentroids;

    private QuantizedMatrix(long rows, int columns, byte[] codes, int subquantizers, int subDim, int lastSubDim,
        float[] centroids, byte[]? normCodes, float[]? normCentroids) : base(rows, columns)
    {
        _codes = codes;
        _subquantizers = subquantizers;
        _subDim = subDim;
        _lastSubDim = lastSubDim;
        _centroids = centroids;
        _normCodes = normCodes;
        _normCentroids = normCentroids;
    }

    /// <summary>Reads the matrix as <c>QuantMatrix::save</c> writes it.</summary>
    public static QuantizedMatrix Read(ref ModelReader reader, string what)
    {
        var qnorm = reader.ReadBool($"the {what} norm flag");
        var m = reader.ReadInt64($"the {what} row count");
        var n = reader.ReadInt64($"the {what} column count");
        var codeSize = reader.ReadInt32($"the {what} code size");
        if (m < 0 || n <= 0 || n > 1 << 16)
        {
            throw reader.Corrupt($"the {what} has an impossible shape {m}×{n}");
        }
        var codes = reader.ReadBytes(codeSize, $"the {what} codes").ToArray();
        var (subquantizers, subDim, lastSubDim, centroids) = ReadQuantizer(ref reader, what, (int)n);
        if (codeSize != m * subquantizers)
        {
            throw reader.Corrupt($"the {what} has {codeSize} codes for {m} rows of {subquantizers} sub-vectors");
        }
        byte[]? normCodes = null;
        float[]? normCentroids = null;
        if (qnorm)
        {
            normCodes = reader.ReadBytes(m, $"the {what} norm codes").ToArray();
            (_, _, _, normCentroids) = ReadQuantizer(ref reader, $"{what} norm", 1);
        }
        return new QuantizedMatrix(m, (int)n, codes, subquantizers, subDim, lastSubDim, centroids, normCodes, normCentroids);
    }

    private static (int Subquantizers, int SubDim, int LastSubDim, float[] Centroids) ReadQuantizer(
        ref ModelReader reader, string what, int expectedDim)
    {
        var dim = reader.ReadInt32($"the {what} quantizer dimension");
        var nsubq = reader.ReadInt32($"the {what} quantizer sub-vector count");
        var dsub = reader.ReadInt32($"the {what} quantizer sub-vector size");
        var lastdsub = reader.ReadInt32($"the {what} quantizer last sub-vector size");
        if (dim != expectedDim || nsubq <= 0 || dsub <= 0 || lastdsub <= 0 || lastdsub > dsub
            || (long)(nsubq - 1) * dsub + lastdsub != dim)
        {
            throw reader.Corrupt($"the {what} quantizer has an inconsistent layout (dim {dim}, {nsubq}×{dsub}, last {lastdsub})");
        }
        var centroids = reader.ReadFloats((long)dim * CentroidsPerSubquantizer, $"the {what} centroids");
        return (nsubq, dsub, lastdsub, centroids);
    }

    private float Norm(int row) => _normCodes is null ? 1f : _normCentroids![_normCodes[row]];

    private int CentroidOffset(int m, byte code) => m == _subquantizers - 1
        ? m * CentroidsPerSubquantizer * _subDim + code * _lastSubDim
        : (m * CentroidsPerSubquantizer + code) * _subDim;

    public override void AddRowTo(Span<float> x, int row)
    {
        var alpha = Norm(row);
        var codes = _codes.AsSpan(row * _subquantizers, _subquantizers);
        for (var m = 0; m < _subquantizers; m++)
        {
            var d = m == _subquantizers - 1 ? _lastSubDim : _subDim;
            var c = _centroids.AsSpan(CentroidOffset(m, codes[m]), d);
            var target = x.Slice(m * _subDim, d);
            for (var n = 0; n < d; n++)
            {
                target[n] += alpha * c[n];
            }
        }
    }

    public override float Dot(ReadOnlySpan<float> x, int row)
    {
        var codes = _codes.AsSpan(row * _subquantizers, _subquantizers);
        var result = 0f;
        for (var m = 0; m < _subquantizers; m++)
        {
            var d = m == _subquantizers - 1 ? _lastSubDim : _subDim;
            var c = _centroids.AsSpan(CentroidOffset(m, codes[m]), d);
            var source = x.Slice(m * _subDim, d);
            for (var n = 0; n < d; n++)
            {
                result += source[n] * c[n];
            }
        }
        return result * Norm(row);
    }

    /// <summary>
    /// The same matrix decoded to floats (each value <c>norm × centroid</c> in float), so that adding a row is a
    /// plain vector add. Adding a decoded row gives bit-identical sums to fastText's <c>addcode</c>.
    /// </summary>
    public DenseMatrix Decode()
    {
        var data = new float[Rows * Columns];
        for (var row = 0; row < Rows; row++)
        {
            AddRowTo(data.AsSpan((int)(row * Columns), Columns), row);
        }
        return new DenseMatrix(Rows, Columns, data);
    }
}
