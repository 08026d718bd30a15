using LangGap.Evaluation.Scoring;
using LangGap.Statistics;
using LangGap.Statistics.Aggregation;

namespace LangGap.Evaluation.Aggregation;

/// <summary>The interval of a group's mean, chosen from the scorer's kind (never from the values).</summary>
/// <remarks>
/// Binary scores with one generation per prompt get Wilson's score interval of the proportion (sound for small n,
/// inside [0, 1]; exact Clopper–Pearson is wider and not used). Graded and ordinal scores, and binary scores with k
/// generations per prompt (whose prompt means are no longer 0 or 1), get mean ± t·s/√n over prompt means, clipped to the
/// descriptor's range. So a chrF cell whose values are all 0 gets a t interval of [0, 0], never a proportion interval.
/// </remarks>
public static class ScoreIntervals
{
    /// <summary>The interval of <paramref name="promptMeans"/> for a score described by <paramref name="descriptor"/>.</summary>
    /// <param name="descriptor">What the score is.</param>
    /// <param name="promptMeans">One mean per prompt.</param>
    /// <param name="clustered">Whether some prompt has several generations.</param>
    /// <param name="confidence">The confidence level.</param>
    public static (double? Lower, double? Upper, IntervalMethod Method) Of(ScoreDescriptor descriptor, IReadOnlyList<double> promptMeans, bool clustered, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(promptMeans);
        if (promptMeans.Count == 0)
        {
            return (null, null, IntervalMethod.None);
        }
        if (descriptor.Kind == ScoreKind.Binary && !clustered)
        {
            var successes = promptMeans.Count(v => v >= 0.5 * (descriptor.Minimum + descriptor.Maximum));
            var wilson = ProportionInterval.Wilson(successes, promptMeans.Count, confidence);
            // A binary score's range may be other than [0, 1] (e.g. −1/1); map the proportion onto it.
            var span = descriptor.Maximum - descriptor.Minimum;
            return (descriptor.Minimum + wilson.Lower * span, descriptor.Minimum + wilson.Upper * span, IntervalMethod.Wilson);
        }
        if (promptMeans.Count < 2)
        {
            return (null, null, IntervalMethod.None);
        }
        var estimate = GroupAggregation.Estimate("", promptMeans, confidence);
        return (descriptor.Clamp(estimate.Lower), descriptor.Clamp(estimate.Upper), IntervalMethod.StudentT);
    }
}
