namespace LangGap.Statistics.Agreement;

/// <summary>The exact null distribution of Kendall's statistic without ties (Kendall, 1970), as scipy's <c>_kendall_p_exact</c>.</summary>
internal static class KendallExact
{
    /// <summary>The two-sided p-value for n items with <paramref name="concordant"/> concordant pairs.</summary>
    public static double PValue(int n, long concordant)
    {
        var pairs = (long)n * (n - 1) / 2;
        var c = Math.Min(concordant, pairs - concordant);
        if (n <= 2)
        {
            return 1.0;
        }
        if (4 * c == (long)n * (n - 1))
        {
            return 1.0;
        }
        if (n >= 171)
        {
            return double.NaN;
        }
        // counts[k] = number of permutations of n items with k inversions, for k ≤ c (Mahonian numbers), built incrementally.
        var counts = new double[c + 1];
        counts[0] = 1;
        for (var j = 2; j <= n; j++)
        {
            var next = new double[c + 1];
            double window = 0;
            for (var k = 0; k <= c; k++)
            {
                window += counts[k];
                if (k - j >= 0)
                {
                    window -= counts[k - j];
                }
                next[k] = window;
            }
            counts = next;
        }
        var factorial = 1.0;
        for (var k = 2; k <= n; k++)
        {
            factorial *= k;
        }
        return Math.Min(1.0, 2.0 * counts.Sum() / factorial);
    }
}
