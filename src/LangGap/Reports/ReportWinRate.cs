namespace LangGap.Reports;

/// <summary>Judge win rates of two models: per generation the better rating wins (by the scorer's direction), equal ratings tie.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The judge scorer's label.</param>
/// <param name="ScorerKey">The judge scorer's identity key.</param>
/// <param name="ModelA">The first model.</param>
/// <param name="ModelB">The second model.</param>
/// <param name="Judgements">Samples rated for both models.</param>
/// <param name="WinRateA">Percentage A wins.</param>
/// <param name="WinRateB">Percentage B wins.</param>
/// <param name="TieRate">Percentage ties.</param>
/// <param name="Delta">WinRateA − WinRateB, percentage points.</param>
/// <param name="Lower">Lower end of the 95% prompt-bootstrap interval of Delta.</param>
/// <param name="Upper">Upper end of that interval.</param>
public sealed record ReportWinRate(string Task, string Scorer, string ScorerKey, string ModelA, string ModelB, int Judgements,
    double WinRateA, double WinRateB, double TieRate, double Delta, double Lower, double Upper);
