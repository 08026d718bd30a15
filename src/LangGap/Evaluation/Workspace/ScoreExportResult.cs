namespace LangGap.Evaluation.Workspace;

/// <summary>What <see cref="ScoreExport"/> wrote.</summary>
/// <param name="Written">Scores written, one a line.</param>
/// <param name="Unscored">Samples left out because they have no value (their reason is in the run store).</param>
public sealed record ScoreExportResult(int Written, int Unscored);
