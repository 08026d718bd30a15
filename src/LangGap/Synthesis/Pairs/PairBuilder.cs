using LangGap.Synthesis.Candidates;
using LangGap.Synthesis.Selection;

namespace LangGap.Synthesis.Pairs;

/// <summary>Builds preference pairs from candidates ranked by an objective: a judge's rating (<c>judge:max</c>), a reward
/// model's score (<c>reward:max</c>) or any weighted attribute objective.</summary>
/// <remarks>Per prompt the best candidate is chosen and the worst rejected, ties broken by seed (the same order
/// <see cref="BestOfKSelector"/> uses). A prompt gives no pair when fewer than two candidates are scored, when all tie, or
/// when chosen beats rejected by less than <see cref="Margin"/> (objective units: rating points for a judge).</remarks>
public sealed class PairBuilder
{
    private readonly AttributeObjective _objective;
    private readonly long _seed;

    /// <summary>A builder ranking by <paramref name="objective"/>, keeping pairs at least <paramref name="margin"/> apart.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The margin is negative or not a number.</exception>
    public PairBuilder(AttributeObjective objective, double margin, long seed)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (!(margin >= 0) || !double.IsFinite(margin))
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, "The margin must be a finite number of 0 or more.");
        }
        _objective = objective;
        Margin = margin;
        _seed = seed;
    }

    /// <summary>The least objective difference a kept pair has.</summary>
    public double Margin { get; }

    /// <summary>The pair of <paramref name="set"/>, or why there is none.</summary>
    public (PreferencePair? Pair, PairSkip? Skip) Build(CandidateSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var values = _objective.Evaluate(set);
        var ranked = BestOfKSelector.Ranked(set, values, _seed);
        if (ranked.Count < 2)
        {
            return (null, PairSkip.TooFewScored);
        }
        var (best, worst) = (values[ranked[0]]!.Value, values[ranked[^1]]!.Value);
        if (best == worst)
        {
            return (null, PairSkip.AllTied);
        }
        if (best - worst < Margin)
        {
            return (null, PairSkip.BelowMargin);
        }
        return (new PreferencePair(set, set.Candidates[ranked[0]], set.Candidates[ranked[^1]], best, worst), null);
    }
}
