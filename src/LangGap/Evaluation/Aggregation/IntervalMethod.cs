namespace LangGap.Evaluation.Aggregation;

/// <summary>How a group's interval was made; chosen from the scorer's <see cref="Scoring.ScoreKind"/>, never from the values.</summary>
public enum IntervalMethod
{
    /// <summary>No interval: nothing or one prompt scored.</summary>
    None,

    /// <summary>Wilson score interval of a proportion: binary scores with one generation per prompt.</summary>
    Wilson,

    /// <summary>mean ± t·s/√n over prompt means, clipped to the score's range: graded and ordinal scores, and binary scores with several generations per prompt.</summary>
    StudentT,
}
