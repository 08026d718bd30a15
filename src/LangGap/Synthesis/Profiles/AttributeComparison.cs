namespace LangGap.Synthesis.Profiles;

/// <summary>One attribute in one language, data set A (<c>--data</c>) against B (<c>--compare</c>).</summary>
/// <param name="Attribute">The attribute name.</param>
/// <param name="Language">The language tag.</param>
/// <param name="Paired">Whether rows were paired by id.</param>
/// <param name="Test">The test that gave the p-value (<c>exact sign-flip</c>, <c>paired bootstrap</c>, <c>exact McNemar</c>, <c>Mann–Whitney U</c>).</param>
/// <param name="CountA">Values of A used (pairs, when paired).</param>
/// <param name="CountB">Values of B used (pairs, when paired).</param>
/// <param name="MeanA">The mean of A.</param>
/// <param name="MeanB">The mean of B.</param>
/// <param name="Difference">Mean A − mean B.</param>
/// <param name="Lower">The bootstrap interval's lower end (paired or independent resampling).</param>
/// <param name="Upper">The bootstrap interval's upper end.</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="AdjustedPValue">The p-value adjusted across languages for this attribute.</param>
public sealed record AttributeComparison(
    string Attribute,
    string Language,
    bool Paired,
    string Test,
    int CountA,
    int CountB,
    double MeanA,
    double MeanB,
    double Difference,
    double Lower,
    double Upper,
    double PValue,
    double AdjustedPValue);
