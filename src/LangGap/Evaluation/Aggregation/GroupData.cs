namespace LangGap.Evaluation.Aggregation;

/// <summary>What one group accumulates while rows stream in: scored values by (sample, index), unscored count, summed statistics.</summary>
internal sealed class GroupData(string?[] metadata)
{
    public string?[] Metadata { get; } = metadata;

    public Dictionary<(string Sample, int Index), double> Values { get; } = [];

    public int Unscored { get; set; }

    public double[]? Totals { get; private set; }

    /// <summary>Set when a row lacked statistics or had another width: the group then has no corpus score.</summary>
    public bool TotalsBroken { get; private set; }

    public void Add(string sample, int index, double? value, double[]? statistics, int width)
    {
        if (value is not { } v)
        {
            Unscored++;
            return;
        }
        if (!Values.TryAdd((sample, index), v) || width == 0)
        {
            return;
        }
        if (statistics is null || statistics.Length != width)
        {
            TotalsBroken = true;
            return;
        }
        Totals ??= new double[width];
        for (var i = 0; i < width; i++)
        {
            Totals[i] += statistics[i];
        }
    }

    /// <summary>The mean per prompt (the unit of intervals), sorted by value so the result never depends on row order.</summary>
    public double[] PromptMeans()
    {
        double[] means = Clustered
            ? [.. Values.GroupBy(kv => kv.Key.Sample, StringComparer.Ordinal).Select(g => g.Select(kv => kv.Value).Order().Sum() / g.Count())]
            : [.. Values.Values];
        Array.Sort(means);
        return means;
    }

    /// <summary>Whether some prompt has more than one scored generation.</summary>
    public bool Clustered => Values.Keys.Any(k => k.Index > 0);
}
