namespace LangGap.Reports;

/// <summary>A task as the transparency card states it: where its data came from and how it was decoded.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Provenance"><c>native</c>, <c>human-translated</c>, <c>machine-translated</c> or <c>mixed</c> as the suite declares it, else <c>unspecified</c>.</param>
/// <param name="Dataset">The dataset as the run recorded it.</param>
/// <param name="Decoding">The task's generation settings as the run recorded them (<c>temperature=0, max_tokens=64</c>), or empty for the model's defaults.</param>
public sealed record ReportTaskCard(string Task, string Provenance, string Dataset, string Decoding);
