namespace LangGap.Evaluation.Scoring;

/// <summary>What kind of value a scorer gives; it decides the interval and the paired test.</summary>
public enum ScoreKind
{
    /// <summary>0 or 1 (pass/fail, harmful/not): Wilson intervals, exact McNemar between models.</summary>
    Binary,

    /// <summary>A continuous value on a range (chrF, length): t or bootstrap intervals, sign-flip or paired bootstrap tests.</summary>
    Graded,

    /// <summary>Ordered categories such as a 1–5 Likert rating: treated as graded for means, reported with its levels.</summary>
    Ordinal,
}
