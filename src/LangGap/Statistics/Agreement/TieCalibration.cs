namespace LangGap.Statistics.Agreement;

/// <summary>The ε search behind <see cref="PairwiseAccuracy.TieCalibrated"/>: every pair is visited once in order of its metric difference.</summary>
internal static class TieCalibration
{
    private const byte Concordant = 0, Discordant = 1, TieGold = 2, TieMetric = 3, TieBoth = 4;

    /// <summary>Splits the flattened matrix into rows to average over: one row, one per system, or one per item.</summary>
    public static List<(double[] Gold, double[] Metric)> Group(IReadOnlyList<double> gold, IReadOnlyList<double> metric, int systems, AverageBy averageBy)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(systems);
        if (averageBy == AverageBy.None)
        {
            return [(gold.ToArray(), metric.ToArray())];
        }
        if (gold.Count % systems != 0)
        {
            throw new ArgumentException($"Expected a multiple of {systems} scores (systems × items), found {gold.Count}.", nameof(gold));
        }
        var items = gold.Count / systems;
        var rows = new List<(double[], double[])>();
        if (averageBy == AverageBy.System)
        {
            for (var s = 0; s < systems; s++)
            {
                rows.Add((Slice(gold, s * items, 1, items), Slice(metric, s * items, 1, items)));
            }
        }
        else
        {
            for (var i = 0; i < items; i++)
            {
                rows.Add((Slice(gold, i, items, systems), Slice(metric, i, items, systems)));
            }
        }
        return rows;
    }

    public static TieCalibrationResult Optimize(List<(double[] Gold, double[] Metric)> rows, bool tau23)
    {
        var pairs = new List<(double Diff, int Row, byte Kind, byte TieKind)>();
        var stats = new List<long[]>();
        foreach (var (gold, metric) in rows)
        {
            var kept = Enumerable.Range(0, gold.Length).Where(i => !double.IsNaN(gold[i])).ToArray();
            if (kept.Length < 2)
            {
                continue;
            }
            var row = stats.Count;
            var counts = new long[5];
            for (var a = 0; a < kept.Length; a++)
            {
                for (var b = a + 1; b < kept.Length; b++)
                {
                    var (h1, h2, m1, m2) = (gold[kept[a]], gold[kept[b]], metric[kept[a]], metric[kept[b]]);
                    var kind = h1 == h2 && m1 == m2 ? TieBoth
                        : h1 == h2 ? TieGold
                        : m1 == m2 ? TieMetric
                        : (h1 > h2) == (m1 > m2) ? Concordant : Discordant;
                    counts[kind]++;
                    pairs.Add((Math.Abs(m1 - m2), row, kind, h1 == h2 ? TieBoth : TieMetric));
                }
            }
            stats.Add(counts);
        }
        if (stats.Count == 0)
        {
            throw new ArgumentException("Tie calibration needs at least one group with two or more gold scores.", nameof(rows));
        }

        var total = stats.Sum(s => Score(s, tau23));
        var thresholds = new List<double> { 0.0 };
        var scores = new List<double> { total / stats.Count };
        pairs.Sort((x, y) => x.Diff.CompareTo(y.Diff));
        foreach (var (diff, row, kind, tieKind) in pairs)
        {
            var s = stats[row];
            total -= Score(s, tau23);
            s[kind]--;
            s[tieKind]++;
            total += Score(s, tau23);
            var overall = total / stats.Count;
            if (thresholds[^1] == diff)
            {
                scores[^1] = overall;
            }
            else
            {
                thresholds.Add(diff);
                scores.Add(overall);
            }
        }
        var best = 0;
        for (var i = 1; i < scores.Count; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        return new TieCalibrationResult(scores[best], thresholds[best]);
    }

    private static double Score(long[] s, bool tau23)
    {
        double pairs = s[0] + s[1] + s[2] + s[3] + s[4];
        return tau23
            ? (s[Concordant] + s[TieBoth] - s[Discordant] - s[TieGold] - s[TieMetric]) / pairs
            : (s[Concordant] + s[TieBoth]) / pairs;
    }

    private static double[] Slice(IReadOnlyList<double> values, int start, int step, int count)
    {
        var slice = new double[count];
        for (var k = 0; k < count; k++)
        {
            slice[k] = values[start + k * step];
        }
        return slice;
    }
}
