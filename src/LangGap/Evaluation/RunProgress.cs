namespace LangGap.Evaluation;

/// <summary>A progress report from a running evaluation, for a progress bar.</summary>
/// <param name="Total">Generations the run consists of (samples × models × k).</param>
/// <param name="Skipped">Generations found in the store and not redone.</param>
/// <param name="Generated">Generations completed in this session, failed ones included.</param>
/// <param name="Failed">Generations that failed in this session.</param>
/// <param name="Elapsed">Time since this session started.</param>
public sealed record RunProgress(long Total, long Skipped, long Generated, long Failed, TimeSpan Elapsed)
{
    /// <summary>Generations finished or skipped.</summary>
    public long Done => Skipped + Generated;

    /// <summary>Generations per second in this session, or 0 before the first.</summary>
    public double Rate => Elapsed > TimeSpan.Zero ? Generated / Elapsed.TotalSeconds : 0;

    /// <summary>The estimated time left at the current rate, or <see langword="null"/> when there is no rate yet.</summary>
    public TimeSpan? Eta => Rate > 0 ? TimeSpan.FromSeconds((Total - Done) / Rate) : null;
}
