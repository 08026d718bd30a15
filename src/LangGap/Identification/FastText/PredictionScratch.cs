namespace LangGap.Identification.FastText;

/// <summary>Per-thread working memory for prediction, reused line after line.</summary>
internal sealed class PredictionScratch
{
    public PredictionScratch(int dim, int labels)
    {
        Hidden = new float[dim];
        Output = new float[labels];
    }

    public float[] Hidden { get; }

    public float[] Output { get; }

    public IntList Rows { get; } = new();

    public IntList WordHashes { get; } = new();

    public LabelHeap Heap { get; } = new();

    public byte[] Bytes = new byte[1024];

    public byte[] Word = new byte[64];
}
