namespace LangGap.Statistics.Agreement;

/// <summary>Cohen's κ for two raters labelling the same items: (p_o − p_e) / (1 − p_e).</summary>
public static class CohenKappa
{
    /// <summary>κ for paired labels; NaN when both raters use one and the same label throughout (p_e = 1).</summary>
    public static double Compute<T>(IReadOnlyList<T> first, IReadOnlyList<T> second) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count || first.Count == 0)
        {
            throw new ArgumentException($"Expected two equally long, non-empty label lists, found {first.Count} and {second.Count}.", nameof(second));
        }
        double n = first.Count;
        var agree = first.Zip(second).Count(p => EqualityComparer<T>.Default.Equals(p.First, p.Second)) / n;
        var firstCounts = first.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var secondCounts = second.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var chance = firstCounts.Sum(p => p.Value * (double)secondCounts.GetValueOrDefault(p.Key)) / (n * n);
        return chance == 1 ? double.NaN : (agree - chance) / (1 - chance);
    }
}
