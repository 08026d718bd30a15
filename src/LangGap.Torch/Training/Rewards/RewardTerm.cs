namespace LangGap.Torch.Training.Rewards;

/// <summary>One term of a reward specification: <c>name[:argument][=weight]</c>.</summary>
/// <param name="Name">The reward's name: <c>fidelity</c>, <c>chrf</c>, <c>length</c>, <c>judge</c> or <c>rm</c>.</param>
/// <param name="Argument">The model of <c>judge:MODEL</c> or the folder of <c>rm:DIR</c>; null for the others.</param>
/// <param name="Weight">The weight in the sum (1 when not given).</param>
public sealed record RewardTerm(string Name, string? Argument, double Weight);
