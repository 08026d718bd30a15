namespace LangGap.Cli.Charts;

/// <summary>One step of a training run as <see cref="TrainingCurves"/> draws it.</summary>
/// <param name="Step">The optimizer step.</param>
/// <param name="Loss">The loss, or <see langword="null"/> when the step has none (left out of the curve).</param>
/// <param name="Reward">The mean reward (or reward margin), or <see langword="null"/> when the method has none.</param>
/// <param name="Kl">The KL estimate to the reference policy, or <see langword="null"/> when the method has none.</param>
internal readonly record struct TrainingCurvePoint(int Step, double? Loss, double? Reward, double? Kl);
