using LangGap.Metrics.Significance;
using LangGap.Metrics;
using LangGap.Statistics.Resampling;

namespace LangGap.Cli.Commands.Metrics;

/// <summary>A corpus score's bootstrap estimate (sacrebleu's <c>--confidence</c>): the resample mean, the 95% half-width and the signature with <c>bs:N|seed:S</c>.</summary>
internal sealed record ScoreConfidence(double Mean, double HalfWidth, string Signature)
{
    /// <summary>
    /// The estimate for every system under every metric, in <see cref="CorpusScorer.Score"/>'s order (systems, then metrics).
    /// </summary>
    /// <remarks>
    /// The resamples are sacrebleu's (numpy's <c>default_rng(seed)</c>, <c>choice(n, (resamples, n))</c>), drawn once and
    /// shared by every system, as the paired bootstrap draws them; a single system is its own baseline.
    /// </remarks>
    public static IReadOnlyList<ScoreConfidence> Estimate(
        IReadOnlyList<NamedLines> references, IReadOnlyList<NamedLines> systems, IReadOnlyList<ICorpusMetric> metrics, int resamples, long seed)
    {
        var referenceStreams = references.Select(r => r.Lines).ToArray();
        var systemStreams = systems.Select(s => s.Lines).ToList();
        var names = systems.Select(s => s.Name).ToList();
        if (systems.Count == 1)
        {
            systemStreams.Add(systemStreams[0]);
            names.Add(names[0]);
        }
        var test = new PairedCorpusTest(referenceStreams[0].Count, new PairedTestOptions(PairedTestMethod.Bootstrap, resamples, checked((ulong)seed)));
        var perMetric = metrics.Select(metric => test.Run(metric, names, metric.ComputeStatistics(systemStreams, referenceStreams), referenceStreams.Length)).ToList();
        var estimates = new List<ScoreConfidence>(systems.Count * metrics.Count);
        for (var s = 0; s < systems.Count; s++)
        {
            foreach (var result in perMetric)
            {
                var row = result.Rows[s];
                estimates.Add(new ScoreConfidence(row.Mean!.Value, row.Ci!.Value, result.Signature));
            }
        }
        return estimates;
    }
}
