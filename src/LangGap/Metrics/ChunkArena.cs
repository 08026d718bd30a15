using System.Runtime.CompilerServices;

namespace LangGap.Metrics;

/// <summary>
/// Hands out slices of large shared arrays to the prepared references, one arena per thread and element type.
/// </summary>
/// <remarks>
/// A reference set holds a small n-gram set and count array for every segment, all alive until the metric is done.
/// As thousands of small arrays they were copied by every young-generation collection they survived (about two
/// thirds of chrF's reference preparation); as slices of 1 MiB chunks, which the runtime places on the large-object
/// heap, they are never copied. A slice is only ever written by the thread that rented it.
/// </remarks>
internal sealed class ChunkArena<T> where T : struct
{
    private const int ChunkBytes = 1 << 20;

    [ThreadStatic] private static ChunkArena<T>? t_current;

    private T[] _chunk = [];
    private int _used;

    /// <summary>This thread's arena for <typeparamref name="T"/>.</summary>
    public static ChunkArena<T> Current => t_current ??= new ChunkArena<T>();

    /// <summary>A zeroed slice of <paramref name="length"/> elements that no other rent overlaps.</summary>
    public ArraySegment<T> Rent(int length)
    {
        var chunkLength = ChunkBytes / Unsafe.SizeOf<T>();
        if (length > chunkLength / 8)
        {
            return new ArraySegment<T>(new T[length]);
        }
        if (_chunk.Length - _used < length)
        {
            _chunk = new T[chunkLength];
            _used = 0;
        }
        var slice = new ArraySegment<T>(_chunk, _used, length);
        _used += length;
        return slice;
    }

    /// <summary>A slice holding a copy of <paramref name="values"/>.</summary>
    public ArraySegment<T> Copy(ReadOnlySpan<T> values)
    {
        var slice = Rent(values.Length);
        values.CopyTo(slice.AsSpan());
        return slice;
    }
}
