namespace LangGap.Storage;

/// <summary>One score of a successful generation joined with what the generation is, as streamed for aggregation.</summary>
/// <param name="Task">The task name.</param>
/// <param name="Scorer">The scorer's identity key.</param>
/// <param name="Model">The model id.</param>
/// <param name="Language">The language tag.</param>
/// <param name="SampleId">The sample id.</param>
/// <param name="SampleIndex">Which of the k generations of the prompt.</param>
/// <param name="Value">The score, or <see langword="null"/> when unscored.</param>
/// <param name="Statistics">The segment statistics, or <see langword="null"/>.</param>
/// <param name="Group">The values of the requested metadata fields, in request order (empty when none was requested).</param>
public readonly record struct ScoreRow(
    string Task, string Scorer, string Model, string Language, string SampleId, int SampleIndex, double? Value, double[]? Statistics, string?[] Group);
