namespace LangGap.Statistics.Paired;

/// <summary>The outcome of a paired test of A against B.</summary>
/// <param name="Test">The test's name: <c>bootstrap</c>, <c>permutation</c>, <c>mcnemar</c>, <c>t</c>, <c>wilcoxon</c>.</param>
/// <param name="Pairs">The number of paired samples.</param>
/// <param name="Clusters">The number of independent units (prompts) the test resampled or used.</param>
/// <param name="MeanA">The mean of A.</param>
/// <param name="MeanB">The mean of B.</param>
/// <param name="Difference">The effect: mean A − mean B.</param>
/// <param name="Lower">The lower end of the 95% interval of the difference, where the test gives one.</param>
/// <param name="Upper">The upper end of the 95% interval of the difference, where the test gives one.</param>
/// <param name="Statistic">The test statistic (t, W, the smaller discordant count), where there is one.</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="Detail">How the p-value was made, e.g. <c>resamples:10000|seed:12345</c> or <c>exact</c>.</param>
public sealed record PairedTestResult(
    string Test,
    int Pairs,
    int Clusters,
    double MeanA,
    double MeanB,
    double Difference,
    double? Lower,
    double? Upper,
    double? Statistic,
    double PValue,
    string Detail);
