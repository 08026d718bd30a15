namespace LangGap.Evaluation;

/// <summary>What one session of a run did.</summary>
/// <param name="RunId">The run id (stable across resumes).</param>
/// <param name="Total">Generations the run consists of.</param>
/// <param name="Skipped">Generations already in the store.</param>
/// <param name="Generated">Generations done in this session, failed ones included.</param>
/// <param name="Failed">Generations that failed in this session.</param>
/// <param name="Scored">Scores written in this session.</param>
/// <param name="Elapsed">The session's wall time.</param>
/// <param name="StopReason">Why the run stopped early (failure fraction exceeded), or <see langword="null"/> when it completed.</param>
public sealed record RunSummary(string RunId, long Total, long Skipped, long Generated, long Failed, long Scored, TimeSpan Elapsed, string? StopReason)
{
    /// <summary>Whether every generation of the run is now in the store (successful or failed).</summary>
    public bool Completed => StopReason is null && Skipped + Generated == Total;
}
