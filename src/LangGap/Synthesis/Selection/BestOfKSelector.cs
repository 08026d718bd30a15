using LangGap.Synthesis.Candidates;

namespace LangGap.Synthesis.Selection;

/// <summary>Best-of-k ("active inheritance"): per prompt, the candidate with the best objective value, ties broken by seed.</summary>
/// <remarks>Only candidates whose every objective term is scored can be selected. Next to each selection the selector draws
/// a seeded random candidate from all of the prompt's candidates, the baseline a selection must beat to have done anything.</remarks>
public sealed class BestOfKSelector
{
    private readonly AttributeObjective _objective;
    private readonly long _seed;

    /// <summary>A selector maximising <paramref name="objective"/>, breaking ties and drawing baselines from <paramref name="seed"/>.</summary>
    public BestOfKSelector(AttributeObjective objective, long seed)
    {
        ArgumentNullException.ThrowIfNull(objective);
        _objective = objective;
        _seed = seed;
    }

    /// <summary>The selection for <paramref name="set"/>, or <see langword="null"/> when no candidate has a full objective value.</summary>
    public Selection? Select(CandidateSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var values = _objective.Evaluate(set);
        var ranked = Ranked(set, values, _seed);
        if (ranked.Count == 0)
        {
            return null;
        }
        var random = Enumerable.Range(0, set.Candidates.Count)
            .MinBy(i => SeededRank.Of(_seed, "baseline", set.Sample.Id, set.Candidates[i]));
        return new Selection(set, values, ranked[0], random);
    }

    /// <summary>The indices of candidates with an objective value, best first, ties in seeded order.</summary>
    internal static IReadOnlyList<int> Ranked(CandidateSet set, IReadOnlyList<double?> values, long seed) =>
        [.. Enumerable.Range(0, set.Candidates.Count)
            .Where(i => values[i] is not null)
            .OrderByDescending(i => values[i]!.Value)
            .ThenBy(i => SeededRank.Of(seed, "tie", set.Sample.Id, set.Candidates[i]))];
}
