namespace LangGap.Reports;

/// <summary>One language tested against the reference language for one model on one task's scorer (paired over parallel items).</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The scorer's label.</param>
/// <param name="ScorerKey">The scorer's identity key.</param>
/// <param name="Model">The model id.</param>
/// <param name="Language">The language.</param>
/// <param name="ReferenceLanguage">The reference language.</param>
/// <param name="Pairs">Generations paired.</param>
/// <param name="Items">Items paired (the unit of the test).</param>
/// <param name="Gap">The language's mean minus the reference's on the paired items, signed so that positive is better.</param>
/// <param name="Lower">Lower end of the 95% bootstrap interval of <paramref name="Gap"/>, or <see langword="null"/>.</param>
/// <param name="Upper">Upper end of that interval, or <see langword="null"/>.</param>
/// <param name="Test">The test that gave the p-value.</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="PAdjusted">The p-value corrected over this model's languages on the task's scorer.</param>
/// <param name="Significant">Whether <paramref name="PAdjusted"/> is below 0.05.</param>
public sealed record ReportReferenceTest(string Task, string Scorer, string ScorerKey, string Model, string Language, string ReferenceLanguage, int Pairs, int Items,
    double Gap, double? Lower, double? Upper, string Test, double PValue, double PAdjusted, bool Significant);
