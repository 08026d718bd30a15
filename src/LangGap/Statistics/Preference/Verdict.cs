namespace LangGap.Statistics.Preference;

/// <summary>A pairwise judge's verdict.</summary>
public enum Verdict
{
    /// <summary>A's response is better.</summary>
    A,

    /// <summary>B's response is better.</summary>
    B,

    /// <summary>Neither is better.</summary>
    Tie,
}
