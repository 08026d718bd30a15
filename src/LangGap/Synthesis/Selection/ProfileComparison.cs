using LangGap.Evaluation.Scoring;

namespace LangGap.Synthesis.Selection;

/// <summary>One attribute in one language: the selected set against the random choice from the same candidates.</summary>
/// <param name="Language">The language tag, or <c>all</c> for every prompt.</param>
/// <param name="Attribute">The attribute name.</param>
/// <param name="Descriptor">What the attribute's values are.</param>
/// <param name="Pairs">Prompts where both the selected and the random candidate have a value.</param>
/// <param name="Selected">The mean over the selected candidates.</param>
/// <param name="Random">The mean over the random candidates.</param>
/// <param name="Difference">Selected − random.</param>
/// <param name="Lower">The lower end of the 95% paired-bootstrap interval of the difference.</param>
/// <param name="Upper">The upper end of that interval.</param>
/// <param name="Test">The paired test that gave the p-value (exact McNemar, exact sign-flip, paired bootstrap).</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="AdjustedPValue">The p-value corrected over every comparison of the profile.</param>
public sealed record ProfileComparison(
    string Language, string Attribute, ScoreDescriptor Descriptor, int Pairs, double Selected, double Random, double Difference,
    double Lower, double Upper, string Test, double PValue, double AdjustedPValue);
