namespace LangGap.Statistics;

/// <summary>How p-values of a family of comparisons are adjusted for multiplicity.</summary>
public enum PValueCorrection
{
    /// <summary>No adjustment: the adjusted p-value is the raw one.</summary>
    None,

    /// <summary>Bonferroni: p·m, capped at 1 (controls the family-wise error rate).</summary>
    Bonferroni,

    /// <summary>Holm's step-down method (controls the family-wise error rate; never less powerful than Bonferroni).</summary>
    Holm,

    /// <summary>Benjamini–Hochberg step-up method (controls the false discovery rate).</summary>
    BenjaminiHochberg,
}
