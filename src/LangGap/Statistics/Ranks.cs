namespace LangGap.Statistics;

/// <summary>Ranking helpers shared by the rank-based statistics.</summary>
internal static class Ranks
{
    /// <summary>1-based ranks with ties given the average of the ranks they span (scipy's <c>rankdata(method="average")</c>).</summary>
    public static double[] Average(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }
            var rank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    /// <summary>The sizes of the groups of equal values (only groups of two or more).</summary>
    public static List<int> TieGroupSizes(IReadOnlyList<double> values)
    {
        var sizes = new List<int>();
        foreach (var group in values.GroupBy(v => v))
        {
            var count = group.Count();
            if (count > 1)
            {
                sizes.Add(count);
            }
        }
        return sizes;
    }
}
