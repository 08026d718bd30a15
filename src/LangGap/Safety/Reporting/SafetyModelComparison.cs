namespace LangGap.Safety.Reporting;

/// <summary>Model A against model B in one language for one scorer: exact McNemar on the same prompts, Holm across languages.</summary>
/// <param name="Scorer">The safety scorer.</param>
/// <param name="Language">The language.</param>
/// <param name="ModelA">The baseline (the run's first model).</param>
/// <param name="ModelB">The other model.</param>
/// <param name="RateA">A's rate over the paired prompts.</param>
/// <param name="RateB">B's rate over the paired prompts.</param>
/// <param name="Pairs">Prompts both models were scored on.</param>
/// <param name="OnlyA">Prompts where A is 1 and B is 0.</param>
/// <param name="OnlyB">Prompts where A is 0 and B is 1.</param>
/// <param name="PValue">Exact McNemar two-sided p-value.</param>
/// <param name="Adjusted">The p-value adjusted across languages (the report's correction).</param>
/// <param name="BetterModel">The model better by the scorer's direction when the rates differ, else null.</param>
public sealed record SafetyModelComparison(string Scorer, string Language, string ModelA, string ModelB, double RateA, double RateB, int Pairs, int OnlyA, int OnlyB, double PValue, double Adjusted, string? BetterModel);
