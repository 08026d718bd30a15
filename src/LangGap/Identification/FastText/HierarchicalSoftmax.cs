namespace LangGap.Identification.FastText;

/// <summary>
/// fastText's hierarchical softmax: the Huffman tree over label counts and the depth-first top-k search
/// that prunes a branch once its log-probability falls below the threshold or the current k-th best.
/// </summary>
internal sealed class HierarchicalSoftmax
{
    private readonly int _labels;
    private readonly int[] _left;
    private readonly int[] _right;

    public HierarchicalSoftmax(long[] counts)
    {
        _labels = counts.Length;
        var nodes = Math.Max(2 * _labels - 1, 0);
        _left = new int[nodes];
        _right = new int[nodes];
        var count = new long[nodes];
        Array.Fill(_left, -1);
        Array.Fill(_right, -1);
        Array.Fill(count, (long)1e15);
        counts.CopyTo(count, 0);
        // Labels are sorted by descending count, so the two cheapest nodes are at the end of the leaves or the
        // front of the internal nodes built so far (the classic two-queue Huffman construction).
        var leaf = _labels - 1;
        var node = _labels;
        Span<int> pick = stackalloc int[2];
        for (var i = _labels; i < nodes; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                pick[j] = leaf >= 0 && count[leaf] < count[node] ? leaf-- : node++;
            }
            _left[i] = pick[0];
            _right[i] = pick[1];
            count[i] = count[pick[0]] + count[pick[1]];
        }
    }

    /// <summary>Fills <paramref name="heap"/> with the best <paramref name="k"/> labels and their log-probabilities.</summary>
    public void Predict(RowMatrix output, ReadOnlySpan<float> hidden, int k, float threshold, LabelHeap heap)
    {
        if (_labels == 0)
        {
            return;
        }
        Search(output, hidden, k, Probability.StdLog(threshold), 2 * _labels - 2, 0f, heap);
    }

    private void Search(RowMatrix output, ReadOnlySpan<float> hidden, int k, float logThreshold, int node, float score, LabelHeap heap)
    {
        if (score < logThreshold)
        {
            return;
        }
        if (heap.Count == k && score < heap.Front)
        {
            return;
        }
        if (_left[node] == -1 && _right[node] == -1)
        {
            heap.Push(score, node, k);
            return;
        }
        var f = output.Dot(hidden, node - _labels);
        f = (float)(1.0 / (1f + MathF.Exp(-f)));
        Search(output, hidden, k, logThreshold, _left[node], score + Probability.StdLog((float)(1.0 - f)), heap);
        Search(output, hidden, k, logThreshold, _right[node], score + Probability.StdLog(f), heap);
    }
}
