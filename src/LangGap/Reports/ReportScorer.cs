using LangGap.Evaluation.Scoring;

namespace LangGap.Reports;

/// <summary>A scorer as the report states it: identity, what its scores are, and the settings they were made under.</summary>
/// <param name="Key">The identity key (name and settings hash) cells and tests refer to.</param>
/// <param name="Name">The scorer's name.</param>
/// <param name="Label">The name shown in headings: the name, or the key when two scorers of the run share a name.</param>
/// <param name="Descriptor">Kind, range, direction, unit and precision.</param>
/// <param name="Settings">The settings as JSON.</param>
/// <param name="Judge">The judge model it asks, or <see langword="null"/>.</param>
/// <param name="Corpus">Whether cells also carry a corpus score from summed segment statistics.</param>
public sealed record ReportScorer(string Key, string Name, string Label, ScoreDescriptor Descriptor, string Settings, string? Judge, bool Corpus);
