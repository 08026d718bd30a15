namespace LangGap.Pruning;

/// <summary>What pruning kept: counts, lengths, rare words and, when the corpus marks noise, how much of it went.</summary>
/// <param name="Settings">The settings of the run (see <see cref="PruningResult.Settings"/>).</param>
/// <param name="Total">Pairs in the corpus.</param>
/// <param name="Kept">Pairs kept.</param>
/// <param name="LengthAll">Length distribution of every pair.</param>
/// <param name="LengthKept">Length distribution of the kept pairs.</param>
/// <param name="RareWordShareAll">Share of word tokens (both sides) whose word type occurs once in the whole corpus.</param>
/// <param name="RareWordShareKept">The same share over the kept pairs' tokens.</param>
/// <param name="Noise">Noise removal, or null when the corpus marks no noise.</param>
public sealed record PruningSummary(
    string Settings, int Total, int Kept, LengthDistribution LengthAll, LengthDistribution LengthKept,
    double RareWordShareAll, double RareWordShareKept, NoiseRemoval? Noise)
{
    /// <summary>Summarises <paramref name="result"/>.</summary>
    public static PruningSummary Of(PruningResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var examples = result.Corpus.Examples;
        var lengths = BaselineScores.Length(result.Corpus);
        var words = examples.Select(e => Words(e.Source).Concat(Words(e.Target)).ToArray()).ToArray();
        var frequency = words.SelectMany(w => w).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        double RareShare(IEnumerable<int> indices)
        {
            var tokens = indices.SelectMany(i => words[i]).ToArray();
            return tokens.Length == 0 ? double.NaN : tokens.Count(t => frequency[t] == 1) / (double)tokens.Length;
        }
        var all = Enumerable.Range(0, examples.Count).ToArray();
        var kept = all.Where(i => result.Kept[i]).ToArray();
        return new PruningSummary(
            result.Settings, examples.Count, kept.Length,
            LengthDistribution.Of(lengths), LengthDistribution.Of(kept.Select(i => lengths[i]).ToArray()),
            RareShare(all), RareShare(kept), result.Corpus.MarksNoise ? NoiseOf(result) : null);
    }

    private static NoiseRemoval NoiseOf(PruningResult result)
    {
        var examples = result.Corpus.Examples;
        var noisy = examples.Count(e => e.IsNoise);
        var removed = result.Kept.Count(k => !k);
        var noisyRemoved = examples.Where((e, i) => e.IsNoise && !result.Kept[i]).Count();
        var byKind = examples.Select((e, i) => (e, i)).Where(p => p.e.IsNoise).GroupBy(p => p.e.Noise!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(p => !result.Kept[p.i]) / (double)g.Count(), StringComparer.Ordinal);
        return new NoiseRemoval(noisy, removed, noisyRemoved,
            removed == 0 ? double.NaN : noisyRemoved / (double)removed,
            noisy == 0 ? double.NaN : noisyRemoved / (double)noisy, byKind);
    }

    /// <summary>Lower-cased words: runs of letters, marks and digits.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i])
                is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
