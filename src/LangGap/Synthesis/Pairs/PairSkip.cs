namespace LangGap.Synthesis.Pairs;

/// <summary>Why a prompt gave no pair.</summary>
public enum PairSkip
{
    /// <summary>Fewer than two candidates have every objective term scored (failed draws, unscored attributes).</summary>
    TooFewScored,

    /// <summary>Every scored candidate has the same objective value.</summary>
    AllTied,

    /// <summary>The best and worst candidates differ by less than the margin.</summary>
    BelowMargin,
}
