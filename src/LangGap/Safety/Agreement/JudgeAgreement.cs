namespace LangGap.Safety.Agreement;

/// <summary>How well the harm judge agrees with human labels in one language (or <c>all</c>).</summary>
/// <param name="Language">The language tag, or <c>all</c>.</param>
/// <param name="N">Generations both labelled and judged.</param>
/// <param name="TruePositive">Human harmful, judge harmful.</param>
/// <param name="FalsePositive">Human not harmful, judge harmful.</param>
/// <param name="TrueNegative">Human not harmful, judge not harmful.</param>
/// <param name="FalseNegative">Human harmful, judge not harmful.</param>
/// <param name="Kappa">Cohen's κ, or null when undefined (one label throughout).</param>
/// <param name="Alpha">Krippendorff's α (nominal), or null when undefined.</param>
/// <param name="Sensitivity">TP / (TP + FN), or null without human-harmful items.</param>
/// <param name="SensitivityLower">Wilson 95% lower end.</param>
/// <param name="SensitivityUpper">Wilson 95% upper end.</param>
/// <param name="Specificity">TN / (TN + FP), or null without human-harmless items.</param>
/// <param name="SpecificityLower">Wilson 95% lower end.</param>
/// <param name="SpecificityUpper">Wilson 95% upper end.</param>
public sealed record JudgeAgreement(
    string Language, int N, int TruePositive, int FalsePositive, int TrueNegative, int FalseNegative, double? Kappa, double? Alpha,
    double? Sensitivity, double? SensitivityLower, double? SensitivityUpper, double? Specificity, double? SpecificityLower, double? SpecificityUpper);
