namespace LangGap.Statistics.Agreement;

/// <summary>Krippendorff's α reliability coefficient for any number of coders, with missing values (Krippendorff, 2011).</summary>
/// <remarks>
/// α = 1 − D_o / D_e from the coincidence matrix: each unit with m ≥ 2 values adds 1/(m − 1) for every ordered pair of
/// its values; units with fewer than two values are not pairable and are ignored.
/// </remarks>
public static class KrippendorffAlpha
{
    /// <summary>α for <paramref name="ratings"/>[coder][unit]; null marks a missing value.</summary>
    public static double Compute(IReadOnlyList<IReadOnlyList<double?>> ratings, KrippendorffLevel level)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (ratings.Count == 0 || ratings.Any(r => r.Count != ratings[0].Count))
        {
            throw new ArgumentException("Expected one row per coder, every row with one value (or null) per unit.", nameof(ratings));
        }
        var values = ratings.SelectMany(r => r).Where(v => v.HasValue).Select(v => v!.Value).Distinct().Order().ToArray();
        var index = values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
        var k = values.Length;
        var coincidences = new double[k, k];
        for (var u = 0; u < ratings[0].Count; u++)
        {
            var unit = ratings.Select(r => r[u]).Where(v => v.HasValue).Select(v => index[v!.Value]).ToArray();
            if (unit.Length < 2)
            {
                continue;
            }
            var weight = 1.0 / (unit.Length - 1);
            for (var i = 0; i < unit.Length; i++)
            {
                for (var j = 0; j < unit.Length; j++)
                {
                    if (i != j)
                    {
                        coincidences[unit[i], unit[j]] += weight;
                    }
                }
            }
        }
        var marginals = new double[k];
        for (var c = 0; c < k; c++)
        {
            for (var d = 0; d < k; d++)
            {
                marginals[c] += coincidences[c, d];
            }
        }
        var n = marginals.Sum();
        if (n <= 1)
        {
            throw new ArgumentException("Krippendorff's α needs at least two pairable values.", nameof(ratings));
        }
        double observed = 0, expected = 0;
        for (var c = 0; c < k; c++)
        {
            for (var d = 0; d < k; d++)
            {
                var delta = Difference(level, values, marginals, c, d);
                observed += coincidences[c, d] * delta;
                expected += marginals[c] * marginals[d] * delta;
            }
        }
        return expected == 0 ? double.NaN : 1 - (n - 1) * observed / expected;
    }

    private static double Difference(KrippendorffLevel level, double[] values, double[] marginals, int c, int d)
    {
        if (c == d)
        {
            return 0;
        }
        switch (level)
        {
            case KrippendorffLevel.Nominal:
                return 1;
            case KrippendorffLevel.Interval:
                return (values[c] - values[d]) * (values[c] - values[d]);
            case KrippendorffLevel.Ratio:
                var ratio = (values[c] - values[d]) / (values[c] + values[d]);
                return ratio * ratio;
            case KrippendorffLevel.Ordinal:
                var (lo, hi) = c < d ? (c, d) : (d, c);
                var between = 0.0;
                for (var g = lo; g <= hi; g++)
                {
                    between += marginals[g];
                }
                between -= (marginals[lo] + marginals[hi]) / 2;
                return between * between;
            default:
                throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level of measurement.");
        }
    }
}
