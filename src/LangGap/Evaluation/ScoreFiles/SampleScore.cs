namespace LangGap.Evaluation.ScoreFiles;

/// <summary>One sample's score read from a per-sample score file.</summary>
/// <param name="Id">The sample id (the join key between two files).</param>
/// <param name="Value">The score.</param>
/// <param name="Cluster">The cluster (prompt) id, when the file has a cluster column.</param>
/// <param name="Line">The 1-based line the score came from.</param>
public sealed record SampleScore(string Id, double Value, string? Cluster, long Line);
