namespace LangGap.Torch.Training.Objectives;

/// <summary>What one micro-batch contributed: its loss, mean reward, mean KL and tokens.</summary>
internal sealed record MicroBatchResult(double Loss, double Reward, double Kl, long Tokens);
