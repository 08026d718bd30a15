namespace LangGap.Metrics;

/// <summary>Runs per-segment work over contiguous chunks on all cores; each segment writes only its own row, so results are deterministic.</summary>
internal static class SegmentParallel
{
    private const int ChunkSize = 64;

    /// <summary>Calls <paramref name="body"/> for every index below <paramref name="count"/>, in parallel when there are many.</summary>
    public static void For(int count, Action<int> body)
    {
        if (count <= ChunkSize)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }
            return;
        }
        var chunks = (count + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, chunk =>
        {
            var end = Math.Min(count, (chunk + 1) * ChunkSize);
            for (var i = chunk * ChunkSize; i < end; i++)
            {
                body(i);
            }
        });
    }

    /// <summary>Checks the hypothesis and reference streams have one line per segment.</summary>
    /// <exception cref="ArgumentException">A reference stream's length differs from the hypotheses'.</exception>
    public static void CheckShapes(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> references)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(references);
        if (references.Count == 0)
        {
            throw new ArgumentException("Expected at least one reference stream, found none.", nameof(references));
        }
        for (var k = 0; k < references.Count; k++)
        {
            if (references[k] is null || references[k].Count != hypotheses.Count)
            {
                throw new ArgumentException(
                    $"Expected reference stream {k + 1} to have {hypotheses.Count} segments like the hypotheses, found {references[k]?.Count ?? 0}.",
                    nameof(references));
            }
        }
    }
}
