namespace LangGap.Reasoning.Reports;

/// <summary>A paired exact McNemar test between two consecutive budgets of one language.</summary>
/// <param name="Language">The query language.</param>
/// <param name="From">The smaller budget.</param>
/// <param name="To">The larger budget.</param>
/// <param name="Pairs">Samples scored at both budgets.</param>
/// <param name="Gained">Wrong at <paramref name="From"/>, right at <paramref name="To"/>.</param>
/// <param name="Lost">Right at <paramref name="From"/>, wrong at <paramref name="To"/>.</param>
/// <param name="P">The two-sided exact p-value.</param>
/// <param name="AdjustedP">The p-value after the report's correction over every comparison.</param>
public sealed record BudgetComparison(string Language, int From, int To, int Pairs, int Gained, int Lost, double P, double AdjustedP);
