namespace LangGap.Storage;

/// <summary>How <see cref="RunStoreWriter"/> batches rows.</summary>
public sealed record RunStoreWriterOptions
{
    /// <summary>The most rows committed in one transaction (default 1024).</summary>
    /// <remarks>Rows are committed as soon as the writer is idle, so a small trickle is never held back; the cap only bounds a burst.</remarks>
    public int MaxBatchSize { get; init; } = 1024;

    /// <summary>The most rows waiting to be written before <c>AddAsync</c> waits (default 16384).</summary>
    public int Capacity { get; init; } = 16384;
}
