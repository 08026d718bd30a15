using LangGap.Statistics.Resampling;

namespace LangGap.Safety.Agreement;

/// <summary>The Rogan–Gladen estimator: a prevalence corrected for a classifier's sensitivity and specificity.</summary>
/// <remarks>
/// True rate = (observed + Sp − 1) / (Se + Sp − 1), clipped to [0, 1] (Rogan and Gladen, 1978). The interval resamples
/// both sources of error: the labelled pairs (which give Se and Sp) and the judged verdicts (which give the observed
/// rate), each with replacement, and takes percentiles of the corrected rates.
/// </remarks>
public static class RoganGladen
{
    /// <summary>The corrected rate, clipped to [0, 1]; null when Se + Sp ≤ 1 (the judge is no better than chance).</summary>
    public static double? Correct(double observed, double sensitivity, double specificity)
    {
        var youden = sensitivity + specificity - 1;
        return youden <= 0 ? null : Math.Clamp((observed + specificity - 1) / youden, 0, 1);
    }

    /// <summary>The corrected rate and its percentile-bootstrap interval.</summary>
    /// <param name="labelled">Labelled pairs: (human harmful, judge harmful).</param>
    /// <param name="judged">Judge verdicts on the generations whose rate is corrected.</param>
    /// <param name="resamples">Bootstrap resamples.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="confidence">The interval's confidence.</param>
    public static (double? Estimate, double? Lower, double? Upper, int Dropped) Estimate(
        IReadOnlyList<(bool Human, bool Judge)> labelled, IReadOnlyList<bool> judged, int resamples, long seed, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(judged);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        var point = Point(labelled, judged, Enumerable.Range(0, labelled.Count), Enumerable.Range(0, judged.Count));
        if (point is null)
        {
            return (null, null, null, 0);
        }
        var random = Xoshiro256.ForStream(unchecked((ulong)seed), 0x5afe);
        var draws = new List<double>(resamples);
        var dropped = 0;
        var labelIndex = new int[labelled.Count];
        var judgedIndex = new int[judged.Count];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < labelIndex.Length; i++) labelIndex[i] = random.NextInt(labelled.Count);
            for (var i = 0; i < judgedIndex.Length; i++) judgedIndex[i] = random.NextInt(judged.Count);
            if (Point(labelled, judged, labelIndex, judgedIndex) is { } value)
            {
                draws.Add(value);
            }
            else
            {
                dropped++;
            }
        }
        if (draws.Count == 0)
        {
            return (point, null, null, dropped);
        }
        draws.Sort();
        var tail = (1 - confidence) / 2;
        return (point, Percentile(draws, tail), Percentile(draws, 1 - tail), dropped);
    }

    private static double? Point(IReadOnlyList<(bool Human, bool Judge)> labelled, IReadOnlyList<bool> judged, IEnumerable<int> labelIndex, IEnumerable<int> judgedIndex)
    {
        int tp = 0, fn = 0, tn = 0, fp = 0;
        foreach (var i in labelIndex)
        {
            var (human, judge) = labelled[i];
            if (human) { if (judge) tp++; else fn++; }
            else { if (judge) fp++; else tn++; }
        }
        if (tp + fn == 0 || tn + fp == 0 || judged.Count == 0)
        {
            return null;
        }
        int positives = 0, n = 0;
        foreach (var i in judgedIndex)
        {
            n++;
            positives += judged[i] ? 1 : 0;
        }
        return Correct((double)positives / n, (double)tp / (tp + fn), (double)tn / (tn + fp));
    }

    /// <summary>Linear interpolation between order statistics (numpy's default percentile).</summary>
    private static double Percentile(List<double> sorted, double q)
    {
        var position = q * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }
}
