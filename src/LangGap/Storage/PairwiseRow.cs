using LangGap.Statistics.Preference;

namespace LangGap.Storage;

/// <summary>One pairwise verdict joined with the challenger's generation, as streamed for aggregation.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Judge">The judge model's id.</param>
/// <param name="Language">The language tag.</param>
/// <param name="Baseline">The baseline model (A).</param>
/// <param name="Model">The challenger model (B).</param>
/// <param name="SampleId">The sample id (the resampling unit).</param>
/// <param name="SampleIndex">Which of the k generations of the prompt.</param>
/// <param name="Order">The order mode: <c>random</c>, <c>ab</c> or <c>ba</c>.</param>
/// <param name="Verdict">A, B or tie; <see langword="null"/> when unscored.</param>
public readonly record struct PairwiseRow(string Task, string Judge, string Language, string Baseline, string Model, string SampleId, int SampleIndex, string Order, Verdict? Verdict);
