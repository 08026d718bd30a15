namespace LangGap.Pruning;

/// <summary>Chooses which pairs to keep from their scores.</summary>
public static class PruningSelection
{
    /// <summary>Keeps round(<paramref name="keep"/> × n) pairs (at least one): those with the highest scores when
    /// <paramref name="keepHigh"/>, else the lowest. Ties go to the pair with the lower <paramref name="tieBreak"/> value
    /// when one is given, then to the earlier pair; a NaN score is never preferred.</summary>
    /// <param name="scores">One score per pair.</param>
    /// <param name="keep">The fraction kept, in (0, 1].</param>
    /// <param name="keepHigh">Keep the highest scores (else the lowest).</param>
    /// <param name="tieBreak">Optional second key per pair (e.g. seeded random numbers), so that a score with few distinct
    /// values does not keep the start of the file.</param>
    public static bool[] Select(IReadOnlyList<double> scores, double keep, bool keepHigh, IReadOnlyList<double>? tieBreak = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (tieBreak is not null && tieBreak.Count != scores.Count)
        {
            throw new ArgumentException($"Expected one tie-break value per score ({scores.Count}), found {tieBreak.Count}.", nameof(tieBreak));
        }
        if (!(keep > 0 && keep <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(keep), keep, "The kept fraction must be in (0, 1].");
        }
        var count = KeptCount(scores.Count, keep);
        var order = Enumerable.Range(0, scores.Count)
            .OrderBy(i => double.IsNaN(scores[i]) ? 1 : 0)
            .ThenBy(i => keepHigh ? -scores[i] : scores[i])
            .ThenBy(i => tieBreak?[i] ?? 0)
            .ThenBy(i => i);
        var kept = new bool[scores.Count];
        foreach (var i in order.Take(count))
        {
            kept[i] = true;
        }
        return kept;
    }

    /// <summary>Keeps the same fraction within each group (e.g. each language pair), so a score whose scale differs
    /// between groups cannot empty one of them; <paramref name="groups"/>[i] names pair i's group.</summary>
    /// <param name="scores">One score per pair.</param>
    /// <param name="groups">One group name per pair.</param>
    /// <param name="keep">The fraction kept in each group, in (0, 1].</param>
    /// <param name="keepHigh">Keep the highest scores (else the lowest).</param>
    /// <param name="tieBreak">Optional second key per pair, as in <see cref="Select"/>.</param>
    public static bool[] SelectPerGroup(IReadOnlyList<double> scores, IReadOnlyList<string> groups, double keep, bool keepHigh, IReadOnlyList<double>? tieBreak = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count != scores.Count)
        {
            throw new ArgumentException($"Expected one group per score ({scores.Count}), found {groups.Count}.", nameof(groups));
        }
        var kept = new bool[scores.Count];
        foreach (var group in Enumerable.Range(0, scores.Count).GroupBy(i => groups[i], StringComparer.Ordinal))
        {
            var members = group.ToArray();
            var selected = Select(members.Select(i => scores[i]).ToArray(), keep, keepHigh, tieBreak is null ? null : members.Select(i => tieBreak[i]).ToArray());
            for (var j = 0; j < members.Length; j++)
            {
                kept[members[j]] = selected[j];
            }
        }
        return kept;
    }

    /// <summary>The number of pairs kept out of <paramref name="total"/> for fraction <paramref name="keep"/>.</summary>
    public static int KeptCount(int total, double keep) =>
        total == 0 ? 0 : Math.Clamp((int)Math.Round(total * keep, MidpointRounding.AwayFromZero), 1, total);
}
