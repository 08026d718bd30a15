using LangGap.Identification.FastText;

namespace LangGap.Tests.Identification;

public class LabelHeapTests
{
    [Fact]
    public void Push_MoreThanK_KeepsKBestSortedDescending()
    {
        var heap = new LabelHeap();
        float[] scores = [-3f, -0.5f, -2f, -0.1f, -7f, -1f];

        for (var i = 0; i < scores.Length; i++)
        {
            heap.Push(scores[i], i, k: 3);
        }
        heap.SortDescending();

        Assert.Equal(3, heap.Count);
        Assert.Equal([3, 1, 5], Enumerable.Range(0, heap.Count).Select(i => heap[i].Label));
    }
}
