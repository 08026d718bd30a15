namespace LangGap.Identification.FastText;

/// <summary>A fastText weight matrix: rows added into a hidden vector, or dotted with it.</summary>
internal abstract class RowMatrix
{
    protected RowMatrix(long rows, int columns)
    {
        Rows = rows;
        Columns = columns;
    }

    public long Rows { get; }

    public int Columns { get; }

    /// <summary>x += row <paramref name="row"/>, element by element in float, as fastText's <c>addRowToVector</c>.</summary>
    public abstract void AddRowTo(Span<float> x, int row);

    /// <summary>The dot product of row <paramref name="row"/> with <paramref name="x"/>, summed left to right in float.</summary>
    public abstract float Dot(ReadOnlySpan<float> x, int row);
}
