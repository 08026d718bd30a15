namespace LangGap.Torch.Pruning;

/// <summary>A pair's token ids and where its target starts.</summary>
/// <param name="Ids">Prompt, target and end token.</param>
/// <param name="TargetStart">Index of the first target token in <paramref name="Ids"/>.</param>
public sealed record EncodedPair(int[] Ids, int TargetStart);
