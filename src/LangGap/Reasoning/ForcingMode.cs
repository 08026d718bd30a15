namespace LangGap.Reasoning;

/// <summary>How the language of the thinking is steered.</summary>
public enum ForcingMode
{
    /// <summary>No steering; extensions append the English "Wait".</summary>
    None,

    /// <summary>Extensions append the wait word of the reasoning language.</summary>
    Wait,

    /// <summary>The thinking opens with a prefix in the reasoning language ("Okay, let me try to figure this out.").</summary>
    Prefix,

    /// <summary>A system line asks the model to think in the reasoning language.</summary>
    System,

    /// <summary>All three: translated wait word, translated prefix and system line.</summary>
    Combined,
}
