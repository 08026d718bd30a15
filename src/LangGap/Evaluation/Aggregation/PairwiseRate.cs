namespace LangGap.Evaluation.Aggregation;

/// <summary>Pairwise-judge win rates of the baseline model against another model on one language.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Judge">The judge model's id.</param>
/// <param name="Language">The language tag.</param>
/// <param name="ModelA">The baseline (the first model of the run).</param>
/// <param name="ModelB">The model compared with it.</param>
/// <param name="Judgements">Verdicts (A, B or tie); with both orders, two per generation pair.</param>
/// <param name="Prompts">Prompts the verdicts cover (the resampling unit).</param>
/// <param name="Unscored">Judge replies without a verdict, kept out of the rates.</param>
/// <param name="WinRateA">Percentage of verdicts A wins (this and the following are <see langword="null"/> when every reply was unscored).</param>
/// <param name="WinRateB">Percentage of verdicts B wins.</param>
/// <param name="TieRate">Percentage of ties (never split between A and B).</param>
/// <param name="Delta">WinRateA − WinRateB, percentage points.</param>
/// <param name="Lower">Lower end of the 95% prompt-clustered bootstrap interval of Delta.</param>
/// <param name="Upper">Upper end of that interval.</param>
/// <param name="PValue">The paired bootstrap p-value of Delta ≠ 0.</param>
public sealed record PairwiseRate(string Task, string Judge, string Language, string ModelA, string ModelB, int Judgements, int Prompts, int Unscored,
    double? WinRateA, double? WinRateB, double? TieRate, double? Delta, double? Lower, double? Upper, double? PValue);
