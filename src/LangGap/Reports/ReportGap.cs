namespace LangGap.Reports;

/// <summary>The language-gap summary of one model on one task's scorer.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The scorer name.</param>
/// <param name="Model">The model id.</param>
/// <param name="MacroAverage">The unweighted mean of the language means.</param>
/// <param name="WorstLanguage">The language with the lowest mean.</param>
/// <param name="WorstMean">Its mean.</param>
/// <param name="MaxMinGap">Best language mean minus worst language mean.</param>
/// <param name="GapToEnglish">Per language: its mean minus English's (empty when the task has no English).</param>
public sealed record ReportGap(string Task, string Scorer, string Model, double MacroAverage, string WorstLanguage, double WorstMean, double MaxMinGap,
    IReadOnlyDictionary<string, double> GapToEnglish);
