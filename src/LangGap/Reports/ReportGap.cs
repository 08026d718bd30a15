namespace LangGap.Reports;

/// <summary>The language-gap summary of one model on one task's scorer; "worst", "best" and gaps follow the score's direction.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The scorer's label.</param>
/// <param name="ScorerKey">The scorer's identity key.</param>
/// <param name="Model">The model id.</param>
/// <param name="MacroAverage">The unweighted mean of the language means.</param>
/// <param name="WorstLanguage">The language with the worst mean (the lowest when higher is better, the highest when lower is better).</param>
/// <param name="WorstMean">Its mean.</param>
/// <param name="BestLanguage">The language with the best mean.</param>
/// <param name="BestMean">Its mean.</param>
/// <param name="MaxMinGap">|best mean − worst mean|.</param>
/// <param name="ReferenceLanguage">The language gaps are measured against, or <see langword="null"/> when the run has none (see <see cref="ReportOptions.ReferenceLanguage"/>).</param>
/// <param name="GapToReference">Per language: how much better than the reference language it is, in the score's unit (negative: worse); empty without a reference.</param>
public sealed record ReportGap(string Task, string Scorer, string ScorerKey, string Model, double MacroAverage, string WorstLanguage, double WorstMean,
    string BestLanguage, double BestMean, double MaxMinGap, string? ReferenceLanguage, IReadOnlyDictionary<string, double> GapToReference);
