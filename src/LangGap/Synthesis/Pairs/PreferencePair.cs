using LangGap.Synthesis.Candidates;

namespace LangGap.Synthesis.Pairs;

/// <summary>A preference pair for one prompt: the best candidate by the objective as chosen, the worst as rejected.</summary>
/// <param name="Set">The prompt and all its candidates.</param>
/// <param name="Chosen">The preferred candidate.</param>
/// <param name="Rejected">The dispreferred candidate.</param>
/// <param name="ChosenValue">The chosen candidate's objective value.</param>
/// <param name="RejectedValue">The rejected candidate's objective value.</param>
public sealed record PreferencePair(CandidateSet Set, Candidate Chosen, Candidate Rejected, double ChosenValue, double RejectedValue)
{
    /// <summary>How much better chosen is than rejected, in objective units.</summary>
    public double Margin => ChosenValue - RejectedValue;
}
