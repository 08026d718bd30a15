using LangGap.Statistics.Resampling;

namespace LangGap.Statistics.Paired;

/// <summary>Paired bootstrap of the mean difference A − B, resampling clusters (prompts) with replacement.</summary>
/// <remarks>
/// Each resample draws as many clusters as there are, with replacement, and takes the mean difference over every
/// sample of the drawn clusters (a ratio estimator: Σ cluster sums / Σ cluster sizes). The interval is the percentile
/// interval at sorted positions ⌊R·α/2⌋ and R − ⌊R·α/2⌋ − 1 (sacrebleu's positions for 95%). The two-sided p-value
/// centres the bootstrap distribution on zero: c = #(|δ_r − δ̄| ≥ |δ|), p = (c + 1)/(R + 1).
/// Resample r uses stream r of the seed (<see cref="Xoshiro256"/>), so results never depend on threads.
/// </remarks>
public static class PairedBootstrapTest
{
    /// <summary>The default number of resamples.</summary>
    public const int DefaultResamples = 10_000;

    /// <summary>Runs the test.</summary>
    public static PairedTestResult Run(PairedScores scores, int resamples = DefaultResamples, ulong seed = PairedTestOptions.DefaultSeed, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie strictly between 0 and 1.");
        }
        var (sums, counts) = scores.ClusterDifferences();
        var k = scores.ClusterCount;
        var deltas = new double[resamples];
        Parallel.For(0, resamples, r =>
        {
            var random = Xoshiro256.ForStream(seed, (ulong)r);
            double sum = 0;
            long n = 0;
            for (var i = 0; i < k; i++)
            {
                var c = random.NextInt(k);
                sum += sums[c];
                n += counts[c];
            }
            deltas[r] = sum / n;
        });
        var observed = scores.MeanDifference;
        var centre = deltas.Average();
        var exceeding = deltas.Count(d => Math.Abs(d - centre) >= Math.Abs(observed));
        Array.Sort(deltas);
        var tail = (int)Math.Floor(resamples * (1 - confidence) / 2);
        return new PairedTestResult(
            "bootstrap", scores.Count, k, scores.A.Average(), scores.B.Average(), observed,
            deltas[tail], deltas[resamples - tail - 1], null,
            (exceeding + 1.0) / (resamples + 1.0), $"resamples:{resamples}|seed:{seed}|clusters:{k}");
    }
}
