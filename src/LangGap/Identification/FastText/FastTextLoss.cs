namespace LangGap.Identification.FastText;

/// <summary>The output layer a fastText model was trained with (fastText's <c>loss_name</c> values).</summary>
internal enum FastTextLoss
{
    HierarchicalSoftmax = 1,
    NegativeSampling = 2,
    Softmax = 3,
    OneVsAll = 4,
}
