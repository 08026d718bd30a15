namespace LangGap.Statistics.Agreement;

/// <summary>Pair counts behind every Kendall variant: concordant, discordant, and ties in x only, y only, or both.</summary>
/// <remarks>x is the metric (or first rater), y the gold scores. A pair counts as tied in x when |x_i − x_j| ≤ ε.</remarks>
internal readonly record struct KendallCounts(long Concordant, long Discordant, long TiesXOnly, long TiesYOnly, long TiesBoth)
{
    public long Total => Concordant + Discordant + TiesXOnly + TiesYOnly + TiesBoth;

    public long TiesX => TiesXOnly + TiesBoth;

    public long TiesY => TiesYOnly + TiesBoth;

    /// <summary>Counts every pair (O(n²), no allocation).</summary>
    public static KendallCounts Compute(IReadOnlyList<double> x, IReadOnlyList<double> y, double epsilon = 0)
    {
        long con = 0, dis = 0, tx = 0, ty = 0, txy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            for (var j = i + 1; j < x.Count; j++)
            {
                var dx = x[j] - x[i];
                var dy = y[j] - y[i];
                var tieX = Math.Abs(dx) <= epsilon;
                var tieY = dy == 0;
                if (tieX && tieY)
                {
                    txy++;
                }
                else if (tieX)
                {
                    tx++;
                }
                else if (tieY)
                {
                    ty++;
                }
                else if ((dx > 0) == (dy > 0))
                {
                    con++;
                }
                else
                {
                    dis++;
                }
            }
        }
        return new KendallCounts(con, dis, tx, ty, txy);
    }
}
