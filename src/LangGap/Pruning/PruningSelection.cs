namespace LangGap.Pruning;

/// <summary>Chooses which pairs to keep from their scores.</summary>
public static class PruningSelection
{
    /// <summary>Keeps round(<paramref name="keep"/> × n) pairs (at least one): those with the highest scores when
    /// <paramref name="keepHigh"/>, else the lowest. Ties go to the earlier pair; a NaN score is never preferred.</summary>
    public static bool[] Select(IReadOnlyList<double> scores, double keep, bool keepHigh)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (!(keep > 0 && keep <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(keep), keep, "The kept fraction must be in (0, 1].");
        }
        var count = KeptCount(scores.Count, keep);
        var order = Enumerable.Range(0, scores.Count)
            .OrderBy(i => double.IsNaN(scores[i]) ? 1 : 0)
            .ThenBy(i => keepHigh ? -scores[i] : scores[i])
            .ThenBy(i => i);
        var kept = new bool[scores.Count];
        foreach (var i in order.Take(count))
        {
            kept[i] = true;
        }
        return kept;
    }

    /// <summary>The number of pairs kept out of <paramref name="total"/> for fraction <paramref name="keep"/>.</summary>
    public static int KeptCount(int total, double keep) =>
        total == 0 ? 0 : Math.Clamp((int)Math.Round(total * keep, MidpointRounding.AwayFromZero), 1, total);
}
