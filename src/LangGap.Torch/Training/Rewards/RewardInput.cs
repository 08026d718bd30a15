using LangGap.Torch.Training.Data;

namespace LangGap.Torch.Training.Rewards;

/// <summary>A completion to reward and the record whose prompt produced it.</summary>
/// <param name="Record">The training record (prompt, optional language and reference).</param>
/// <param name="Completion">The completion text, without chat markers.</param>
public sealed record RewardInput(TrainingRecord Record, string Completion);
