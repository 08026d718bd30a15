using LangGap.Statistics.Resampling;

namespace LangGap.Safety.Mixing;

/// <summary>Picks n items spread over strata in proportion to their sizes (largest remainder), at random within each stratum.</summary>
internal static class StratifiedSample
{
    public static List<T> Take<T>(IReadOnlyList<T> items, Func<T, string> stratum, int n, ulong seed, ulong stream, Dictionary<string, int> counts, string prefix)
    {
        var strata = items.GroupBy(stratum).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Items: g.ToList())).ToList();
        var quotas = strata.Select(s => (double)n * s.Items.Count / items.Count).ToArray();
        var taken = quotas.Select(q => (int)Math.Floor(q)).ToArray();
        var remaining = n - taken.Sum();
        foreach (var i in Enumerable.Range(0, strata.Count).OrderByDescending(i => quotas[i] - taken[i]).ThenBy(i => strata[i].Key, StringComparer.Ordinal).Take(remaining))
        {
            taken[i]++;
        }
        var random = Xoshiro256.ForStream(seed, stream);
        var picked = new List<T>(n);
        for (var s = 0; s < strata.Count; s++)
        {
            var list = strata[s].Items;
            Shuffle(list, ref random);
            picked.AddRange(list.Take(taken[s]));
            if (taken[s] > 0)
            {
                counts[$"{prefix}/{strata[s].Key}"] = taken[s];
            }
        }
        return picked;
    }

    public static void Shuffle<T>(List<T> list, ref Xoshiro256 random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
