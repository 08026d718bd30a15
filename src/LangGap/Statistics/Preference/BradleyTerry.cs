using LangGap.Statistics.Resampling;

namespace LangGap.Statistics.Preference;

/// <summary>Bradley–Terry ratings fitted by the MM algorithm (Hunter, 2004), with cluster-bootstrap intervals.</summary>
/// <remarks>
/// P(i beats j) = p_i / (p_i + p_j). A tie counts as half a win for each side (the simple tie treatment; Davidson's
/// model is not used). The MM update p_i ← W_i / Σ_j n_ij / (p_i + p_j) increases the likelihood at every step and
/// stops when no log-strength moves more than the tolerance. A model that never wins nor ties has strength 0
/// (rating −∞). Bootstrap resamples prompts (or comparisons without prompt ids); resample r uses stream r of the seed.
/// </remarks>
public static class BradleyTerry
{
    /// <summary>Fits ratings for every model in <paramref name="comparisons"/>, best first.</summary>
    public static IReadOnlyList<BradleyTerryRating> Fit(IReadOnlyList<PairwiseComparison> comparisons, int resamples = 1000, ulong seed = PairedTestOptions.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        if (comparisons.Count == 0)
        {
            throw new ArgumentException("Expected at least one comparison, found none.", nameof(comparisons));
        }
        var models = comparisons.SelectMany(c => new[] { c.ModelA, c.ModelB }).Distinct(StringComparer.Ordinal).ToArray();
        var index = models.Select((m, i) => (m, i)).ToDictionary(p => p.m, p => p.i, StringComparer.Ordinal);
        var encoded = comparisons.Select(c => (A: index[c.ModelA], B: index[c.ModelB], c.Verdict)).ToArray();
        var clusters = comparisons.Select((c, i) => c.Prompt ?? $"#{i}").ToArray();
        var clusterIds = clusters.Distinct(StringComparer.Ordinal).Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var members = new List<int>[clusterIds.Count];
        for (var i = 0; i < clusters.Length; i++)
        {
            (members[clusterIds[clusters[i]]] ??= []).Add(i);
        }

        var ratings = Ratings(encoded, models.Length, Enumerable.Range(0, encoded.Length));
        var boot = new double[resamples][];
        Parallel.For(0, resamples, r =>
        {
            var random = Xoshiro256.ForStream(seed, (ulong)r);
            var chosen = new List<int>(encoded.Length);
            for (var k = 0; k < members.Length; k++)
            {
                chosen.AddRange(members[random.NextInt(members.Length)]);
            }
            boot[r] = Ratings(encoded, models.Length, chosen);
        });
        var tail = resamples / 40;
        return models
            .Select((m, i) =>
            {
                var sorted = boot.Select(b => b[i]).Order().ToArray();
                return new BradleyTerryRating(m, ratings[i], sorted[tail], sorted[resamples - tail - 1]);
            })
            .OrderByDescending(r => r.Rating)
            .ToArray();
    }

    private static double[] Ratings((int A, int B, Verdict Verdict)[] comparisons, int models, IEnumerable<int> selected)
    {
        var wins = new double[models];
        var games = new double[models, models];
        foreach (var k in selected)
        {
            var (a, b, verdict) = comparisons[k];
            if (a == b)
            {
                continue;
            }
            games[a, b]++;
            games[b, a]++;
            wins[a] += verdict == Verdict.A ? 1 : verdict == Verdict.Tie ? 0.5 : 0;
            wins[b] += verdict == Verdict.B ? 1 : verdict == Verdict.Tie ? 0.5 : 0;
        }
        var strength = Enumerable.Repeat(1.0, models).ToArray();
        for (var iteration = 0; iteration < 10_000; iteration++)
        {
            var change = 0.0;
            var next = new double[models];
            for (var i = 0; i < models; i++)
            {
                var denominator = 0.0;
                for (var j = 0; j < models; j++)
                {
                    if (games[i, j] > 0)
                    {
                        denominator += games[i, j] / (strength[i] + strength[j]);
                    }
                }
                next[i] = denominator > 0 ? wins[i] / denominator : strength[i];
            }
            Normalize(next);
            for (var i = 0; i < models; i++)
            {
                if (next[i] > 0 && strength[i] > 0)
                {
                    change = Math.Max(change, Math.Abs(Math.Log(next[i] / strength[i])));
                }
            }
            strength = next;
            if (change < 1e-10)
            {
                break;
            }
        }
        return strength.Select(p => 1000 + 400 * Math.Log10(p)).ToArray();
    }

    // Geometric mean 1 over the models with positive strength.
    private static void Normalize(double[] strength)
    {
        var positive = strength.Where(p => p > 0).ToArray();
        if (positive.Length == 0)
        {
            return;
        }
        var logMean = positive.Average(Math.Log);
        for (var i = 0; i < strength.Length; i++)
        {
            strength[i] /= Math.Exp(logMean);
        }
    }
}
