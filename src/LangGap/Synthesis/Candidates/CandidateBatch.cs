using LangGap.Evaluation;

namespace LangGap.Synthesis.Candidates;

/// <summary>The candidates of every prompt, with the run that made them.</summary>
/// <param name="Sets">One set per prompt, in prompt order.</param>
/// <param name="Summary">The runner's summary (generated now, taken from the store, failed).</param>
/// <param name="Folder">The run folder holding the store.</param>
/// <param name="FirstFailure">The reason the first failed draw gives, or <see langword="null"/> when none failed.</param>
public sealed record CandidateBatch(IReadOnlyList<CandidateSet> Sets, RunSummary Summary, string Folder, string? FirstFailure)
{
    /// <summary>Draws with no candidate (failed, or not made because the run stopped), over every prompt.</summary>
    public int Failed => Sets.Sum(s => s.Failed);

    /// <summary>Successful candidates, over every prompt.</summary>
    public int Generated => Sets.Sum(s => s.Candidates.Count);
}
