namespace LangGap.Torch.Pruning;

/// <summary>The outcome of <see cref="RetrainComparison.Run"/>.</summary>
/// <param name="Systems">System names, the full-data baseline first.</param>
/// <param name="TrainingPairs">Training pairs per system.</param>
/// <param name="Hypotheses">Per system, its translation of every test source in test order.</param>
/// <param name="Pairs">Comparisons per language pair.</param>
public sealed record RetrainComparisonResult(
    IReadOnlyList<string> Systems, IReadOnlyList<int> TrainingPairs, IReadOnlyList<IReadOnlyList<string>> Hypotheses, IReadOnlyList<PairComparison> Pairs);
