
using LangGap.Statistics;
using LangGap.Statistics.Resampling;

namespace LangGap.Metrics.Significance;

/// <summary>
/// Paired bootstrap resampling and approximate randomisation for corpus metrics, with sacrebleu 2.6's semantics:
/// the first system is the baseline, every other system is compared with it.
/// </summary>
/// <remarks>
/// <para>Bootstrap: the same resamples (drawn once) score every system and the baseline; the row reports the bootstrap
/// mean and the half-width of the 95% interval (half the distance between the resample scores at sorted positions
/// ⌊n/40⌋ and n − ⌊n/40⌋ − 1). With δ_r = |score_sys,r − score_base,r| and δ̄ their mean, c counts resamples with
/// δ_r − δ̄ &gt; |score_sys − score_base| and p = (c + 1)/(n + 1).</para>
/// <para>Approximate randomisation: in each trial every segment's statistics are swapped between the system and the
/// baseline with probability ½ (the same swaps for every system); c counts trials whose absolute score difference
/// exceeds the actual one and p = (c + 1)/(n + 1). As in sacrebleu the comparison is strict, so trials that merely
/// equal the actual difference do not count: two systems that differ in a single segment get the smallest p-value,
/// because every trial reproduces exactly the actual difference.</para>
/// <para>Segment statistics are summed as 32-bit integers when they are whole numbers (exact, twice the SIMD width),
/// else as doubles. Systems run in parallel. The resamples and masks come from a re-implementation of numpy's
/// <c>default_rng(seed)</c> (<see cref="NumpyPcg64"/>), so with the same seed they are sacrebleu's own, and the
/// p-values and intervals are sacrebleu's, not just close to them.
/// The metric's <see cref="ICorpusMetric.Score"/> must be safe to call from several threads.</para>
/// </remarks>
public sealed partial class PairedCorpusTest
{
    private readonly Lazy<ResampleIndexSets> _resamples;
    private readonly Lazy<RandomizationMasks> _masks;

    /// <summary>Prepares a test over <paramref name="segmentCount"/> segments; resamples or masks are drawn once, on first use.</summary>
    public PairedCorpusTest(int segmentCount, PairedTestOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(segmentCount);
        ArgumentNullException.ThrowIfNull(options);
        SegmentCount = segmentCount;
        Options = options;
        var samples = options.EffectiveSamples;
        _resamples = new(() => ResampleIndexSets.Draw(samples, segmentCount, options.Seed));
        _masks = new(() => RandomizationMasks.Draw(samples, segmentCount, options.Seed));
    }

    /// <summary>The number of segments every system has.</summary>
    public int SegmentCount { get; }

    /// <summary>The test's settings.</summary>
    public PairedTestOptions Options { get; }

    /// <summary>Runs the test for one metric; <paramref name="statistics"/>[0] is the baseline.</summary>
    /// <param name="metric">The metric that scores summed statistics.</param>
    /// <param name="systems">System names, baseline first.</param>
    /// <param name="statistics">Each system's segment statistics for <paramref name="metric"/>, in the order of <paramref name="systems"/>.</param>
    /// <param name="referenceCount">The number of references (for the signature).</param>
    public PairedMetricResult Run(ICorpusMetric metric, IReadOnlyList<string> systems, IReadOnlyList<SegmentStatistics> statistics, int referenceCount)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(systems);
        ArgumentNullException.ThrowIfNull(statistics);
        if (systems.Count != statistics.Count || systems.Count < 2)
        {
            throw new ArgumentException($"Expected one statistics matrix per system and at least two systems, found {systems.Count} names and {statistics.Count} matrices.", nameof(statistics));
        }
        foreach (var s in statistics)
        {
            if (s.Count != SegmentCount || s.Width != metric.StatisticsWidth)
            {
                throw new ArgumentException($"Expected {SegmentCount} segments of width {metric.StatisticsWidth}, found {s.Count} of width {s.Width}.", nameof(statistics));
            }
        }
        var score = TotalsScorers.For(metric);
        var actual = new double[statistics.Count];
        for (var s = 0; s < actual.Length; s++)
        {
            actual[s] = score(statistics[s].Total());
        }
        var useInt = PackedStatistics<int>.FitInt32(statistics);
        var rows = Options.Method == PairedTestMethod.Bootstrap
            ? (useInt ? Bootstrap<int>(score, systems, statistics, actual) : Bootstrap<double>(score, systems, statistics, actual))
            : (useInt ? Randomize<int>(score, systems, statistics, actual) : Randomize<double>(score, systems, statistics, actual));
        return new PairedMetricResult(metric.Name, Sign(metric.Signature(referenceCount)), Adjust(rows));
    }

    /// <summary>Draws the resample index sets (bootstrap) or swap masks (approximate randomisation) now, instead of on the
    /// first <see cref="Run"/>; they are drawn once either way.</summary>
    public void Prepare()
    {
        _ = Options.Method == PairedTestMethod.Bootstrap ? (object)_resamples.Value : _masks.Value;
    }

    private ParallelOptions Parallelism => new() { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism };

    // sacrebleu puts the test's fields right after nrefs: nrefs:1|bs:1000|seed:12345|case:mixed|…
    private string Sign(string signature)
    {
        var bar = signature.IndexOf('|', StringComparison.Ordinal);
        if (signature.StartsWith("nrefs:", StringComparison.Ordinal))
        {
            return bar < 0
                ? $"{signature}|{Options.SignatureFields}"
                : $"{signature[..bar]}|{Options.SignatureFields}{signature[bar..]}";
        }
        return $"{Options.SignatureFields}|{signature}";
    }

    private PairedSystemResult[] Adjust(PairedSystemResult[] rows)
    {
        var adjusted = MultipleComparisons.Adjust(rows.Skip(1).Select(r => r.PValue!.Value).ToArray(), Options.Correction);
        for (var i = 1; i < rows.Length; i++)
        {
            rows[i] = rows[i] with { PAdjusted = adjusted[i - 1] };
        }
        return rows;
    }

    /// <summary>sacrebleu's <c>estimate_ci</c>: the mean of the scores and half the spread of the central 95% (positions ⌊n/40⌋ and n − ⌊n/40⌋ − 1).</summary>
    internal static (double Mean, double HalfWidth) EstimateInterval(double[] scores)
    {
        var sorted = (double[])scores.Clone();
        Array.Sort(sorted);
        var lower = sorted.Length / 40;
        var upper = sorted.Length - lower - 1;
        return (sorted.Average(), 0.5 * (sorted[upper] - sorted[lower]));
    }

    /// <summary>(c + 1)/(n + 1), where c counts resamples or trials whose statistic strictly exceeds the actual one.</summary>
    internal static double PValue(int exceeding, int total) => (exceeding + 1.0) / (total + 1.0);
}
