using LangGap.Statistics;

namespace LangGap.Reasoning.Reports;

/// <summary>The results of a <c>langgap reason</c> run: accuracy per language × budget with Wilson intervals, paired tests
/// between consecutive budgets, thinking tokens, and the language of the chains of thought.</summary>
/// <param name="Model">The model id.</param>
/// <param name="Settings">The run's settings as shown to the user (format, extensions, forcing, reasoning language).</param>
/// <param name="Budgets">The budgets, ascending.</param>
/// <param name="Languages">The query languages, in run order.</param>
/// <param name="Cells">One cell per language × budget, and an <c>all</c> row pooling the languages.</param>
/// <param name="Comparisons">Consecutive-budget McNemar tests per language.</param>
/// <param name="Correction">The multiple-comparison correction applied over <paramref name="Comparisons"/>.</param>
/// <param name="Cot">The chain-of-thought language table per language.</param>
public sealed record ReasoningReport(string Model, IReadOnlyDictionary<string, string> Settings, IReadOnlyList<int> Budgets, IReadOnlyList<string> Languages,
    IReadOnlyList<BudgetCell> Cells, IReadOnlyList<BudgetComparison> Comparisons, PValueCorrection Correction, IReadOnlyList<CotLanguageRow> Cot)
{
    /// <summary>The pooled row's name.</summary>
    public const string All = "all";

    /// <summary>The cell of <paramref name="language"/> at <paramref name="budget"/>, or <see langword="null"/>.</summary>
    public BudgetCell? Cell(string language, int budget) => Cells.FirstOrDefault(c => c.Language == language && c.Budget == budget);
}
