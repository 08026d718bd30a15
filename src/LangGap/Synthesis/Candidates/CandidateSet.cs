using LangGap.Evaluation;

namespace LangGap.Synthesis.Candidates;

/// <summary>Every successful candidate for one prompt, in (model, sample index) order, and how many draws failed.</summary>
/// <param name="Sample">The prompt.</param>
/// <param name="Candidates">The completions that were generated.</param>
/// <param name="Failed">Draws for this prompt with no candidate: failed, or not made because the run stopped.</param>
public sealed record CandidateSet(Sample Sample, IReadOnlyList<Candidate> Candidates, int Failed);
