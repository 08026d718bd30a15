namespace LangGap.Torch.Training.Objectives;

/// <summary>Sampled completions of a micro-batch: k per prompt, prompt by prompt, with their rewards.</summary>
internal sealed record Rollout(
    IReadOnlyList<int> RecordIndices,
    IReadOnlyList<(int[] Prompt, int[] Completion)> Rows,
    IReadOnlyList<string> Texts,
    double[] Scores);
