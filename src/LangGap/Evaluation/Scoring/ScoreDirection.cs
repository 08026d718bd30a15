namespace LangGap.Evaluation.Scoring;

/// <summary>Which way a score is better; it decides "best", "worst" and the sign of every gap.</summary>
public enum ScoreDirection
{
    /// <summary>Larger values are better (accuracy, chrF, fidelity).</summary>
    HigherIsBetter,

    /// <summary>Smaller values are better (harmful-response rate, TER, profanity).</summary>
    LowerIsBetter,
}
