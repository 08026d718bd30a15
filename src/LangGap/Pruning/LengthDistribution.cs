namespace LangGap.Pruning;

/// <summary>The distribution of pair lengths (source plus target code points) over a set of pairs.</summary>
/// <param name="Mean">The mean length.</param>
/// <param name="P10">The 10th percentile (nearest rank).</param>
/// <param name="Median">The median.</param>
/// <param name="P90">The 90th percentile (nearest rank).</param>
public sealed record LengthDistribution(double Mean, double P10, double Median, double P90)
{
    /// <summary>The distribution of <paramref name="lengths"/>; all NaN when there are none.</summary>
    public static LengthDistribution Of(IReadOnlyList<double> lengths)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        if (lengths.Count == 0)
        {
            return new(double.NaN, double.NaN, double.NaN, double.NaN);
        }
        var sorted = lengths.Order().ToArray();
        double Rank(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(sorted.Average(), Rank(0.1), BaselineScores.Median(sorted), Rank(0.9));
    }
}
