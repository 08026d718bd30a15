using LangGap.Evaluation.Scoring;

namespace LangGap.Evaluation.Aggregation;

/// <summary>Win rates of two models from a pointwise judge's ratings: per generation the better rating wins, equal ratings tie.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The judge scorer.</param>
/// <param name="ModelA">The first model.</param>
/// <param name="ModelB">The second model.</param>
/// <param name="Judgements">Generations rated for both models.</param>
/// <param name="WinRateA">Percentage A wins.</param>
/// <param name="WinRateB">Percentage B wins.</param>
/// <param name="TieRate">Percentage ties.</param>
/// <param name="Delta">WinRateA − WinRateB, percentage points.</param>
/// <param name="Lower">Lower end of the prompt-bootstrap interval of Delta.</param>
/// <param name="Upper">Upper end of that interval.</param>
public sealed record JudgeWinRate(string Task, ScorerDefinition Scorer, string ModelA, string ModelB, int Judgements,
    double WinRateA, double WinRateB, double TieRate, double Delta, double Lower, double Upper);
