namespace LangGap.Statistics.Agreement;

/// <summary>
/// Pairwise accuracy with ties (acc_23) and τ_23, and their tie calibration (Deutsch, Foster and Freitag, 2023),
/// as google-research/mt-metrics-eval computes them (<c>KendallVariants</c>, <c>KendallWithTiesOpt</c> at sample rate 1).
/// </summary>
/// <remarks>
/// Over all pairs of items: acc_23 = (C + T_both) / pairs, τ_23 = (C + T_both − D − T_gold − T_metric) / pairs, where a
/// metric pair is tied when its absolute difference is at most ε. Tie calibration tries every ε that changes a pair
/// (the sorted absolute metric differences, and 0) and keeps the first best. Gold scores that are NaN are missing and
/// their items are dropped (per row when grouped). Memory and time are O(pairs).
/// </remarks>
public static class PairwiseAccuracy
{
    /// <summary>acc_23 at tie threshold <paramref name="epsilon"/> over the flat vectors.</summary>
    public static double Accuracy(IReadOnlyList<double> gold, IReadOnlyList<double> metric, double epsilon = 0)
    {
        var c = Counts(gold, metric, epsilon);
        return (double)(c.Concordant + c.TiesBoth) / c.Total;
    }

    /// <summary>τ_23 at tie threshold <paramref name="epsilon"/> over the flat vectors.</summary>
    public static double Tau23(IReadOnlyList<double> gold, IReadOnlyList<double> metric, double epsilon = 0)
    {
        var c = Counts(gold, metric, epsilon);
        return (double)(c.Concordant + c.TiesBoth - c.Discordant - c.TiesXOnly - c.TiesYOnly) / c.Total;
    }

    /// <summary>Tie-calibrated acc_23 (or τ_23 when <paramref name="optimizeTau23"/>), grouped and averaged as <paramref name="averageBy"/> says.</summary>
    /// <param name="gold">Gold scores, systems × items flattened system-major; NaN marks a missing score.</param>
    /// <param name="metric">Metric scores in the same layout.</param>
    /// <param name="systems">The number of systems (rows); needed for <see cref="AverageBy.System"/> and <see cref="AverageBy.Item"/>.</param>
    /// <param name="averageBy">Grouping before averaging.</param>
    /// <param name="optimizeTau23">Optimise τ_23 instead of acc_23.</param>
    public static TieCalibrationResult TieCalibrated(
        IReadOnlyList<double> gold, IReadOnlyList<double> metric, int systems = 1, AverageBy averageBy = AverageBy.None, bool optimizeTau23 = false)
    {
        Validate(gold, metric);
        var groups = TieCalibration.Group(gold, metric, systems, averageBy);
        return TieCalibration.Optimize(groups, optimizeTau23);
    }

    private static KendallCounts Counts(IReadOnlyList<double> gold, IReadOnlyList<double> metric, double epsilon)
    {
        Validate(gold, metric);
        ArgumentOutOfRangeException.ThrowIfNegative(epsilon);
        var kept = Enumerable.Range(0, gold.Count).Where(i => !double.IsNaN(gold[i])).ToArray();
        if (kept.Length < 2)
        {
            throw new ArgumentException("Pairwise accuracy needs at least two items with gold scores.", nameof(gold));
        }
        return KendallCounts.Compute(kept.Select(i => metric[i]).ToArray(), kept.Select(i => gold[i]).ToArray(), epsilon);
    }

    private static void Validate(IReadOnlyList<double> gold, IReadOnlyList<double> metric)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(metric);
        if (gold.Count != metric.Count)
        {
            throw new ArgumentException($"Expected as many metric scores as gold scores ({gold.Count}), found {metric.Count}.", nameof(metric));
        }
    }
}
