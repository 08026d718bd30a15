namespace LangGap.Evaluation.Datasets;

/// <summary>One raw row of a dataset file with its location for error messages.</summary>
/// <param name="File">The file's display name.</param>
/// <param name="Line">The 1-based line (or row, for Parquet) where the row starts.</param>
/// <param name="Fields">Field values: <see cref="string"/>, numbers, <see cref="bool"/>, lists, or <see langword="null"/>.</param>
internal sealed record DatasetRow(string File, long Line, IReadOnlyDictionary<string, object?> Fields);
