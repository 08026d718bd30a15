namespace LangGap.Reports.Coverage;

/// <summary>Who is served at a threshold: the languages where a model's mean on a task's scorer meets it, and their speakers as a share of the world.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The scorer's label.</param>
/// <param name="ScorerKey">The scorer's identity key.</param>
/// <param name="Model">The model id.</param>
/// <param name="Threshold">The threshold, on the score's scale; "meets" follows the score's direction (at least it when higher is better, at most it when lower is better).</param>
/// <param name="Evaluated">Languages with a mean.</param>
/// <param name="Meeting">The languages that meet the threshold, with their share of the world's speakers.</param>
public sealed record ReportThresholdCoverage(string Task, string Scorer, string ScorerKey, string Model, double Threshold, int Evaluated, ReportSpeakerShare Meeting);
