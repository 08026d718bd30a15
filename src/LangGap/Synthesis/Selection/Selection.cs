using LangGap.Synthesis.Candidates;

namespace LangGap.Synthesis.Selection;

/// <summary>The outcome of best-of-k for one prompt: the selected candidate and, from the same candidates, a random one.</summary>
/// <param name="Set">The prompt and its candidates.</param>
/// <param name="Objective">Each candidate's objective value (null where a term is unscored).</param>
/// <param name="Chosen">The index of the selected candidate.</param>
/// <param name="Random">The index of the seeded random choice among every candidate (the honest baseline: what one draw
/// without selection gives), possibly equal to <paramref name="Chosen"/>.</param>
public sealed record Selection(CandidateSet Set, IReadOnlyList<double?> Objective, int Chosen, int Random)
{
    /// <summary>The selected candidate.</summary>
    public Candidate Selected => Set.Candidates[Chosen];

    /// <summary>The random baseline candidate.</summary>
    public Candidate Baseline => Set.Candidates[Random];
}
