using LangGap.Evaluation;
using LangGap.Evaluation.Aggregation;
using LangGap.Evaluation.Scoring;
using LangGap.Statistics;
using LangGap.Statistics.Paired;
using LangGap.Statistics.Unpaired;

namespace LangGap.Synthesis.Profiles;

/// <summary>Measures attributes of every row of a data set and summarises them per language, optionally against another data set.</summary>
/// <remarks>
/// <para>Per language and attribute: n, the mean with the interval the attribute's descriptor calls for (Wilson for binary
/// attributes, Student t otherwise, as evaluation reports do), quantiles, and the unscored count (unscored is not 0).</para>
/// <para>With a second data set, a language is compared paired when both files give every row of that language an id
/// and the two id sets are equal; the test is then the one evaluation uses for the descriptor (exact McNemar for binary,
/// exact sign-flip up to 20 pairs, else the paired bootstrap) and the interval is the paired bootstrap's. Otherwise the
/// comparison is unpaired: the Mann–Whitney U test and an independent bootstrap interval of the difference of means.
/// Each attribute's p-values are corrected across languages.</para>
/// </remarks>
public static class AttributeProfiler
{
    /// <summary>The score of every attribute for every row: <c>[row][attribute]</c>.</summary>
    public static async Task<Score[][]> ScoreAsync(IReadOnlyList<ProfileRow> rows, IReadOnlyList<(string Name, IScorer Scorer)> attributes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(attributes);
        var scores = new Score[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var input = new ScoringInput(Sample.FromPrompt(row.Id ?? row.Source, row.Language, row.Prompt ?? ""), "data", row.Text);
            scores[r] = new Score[attributes.Count];
            for (var a = 0; a < attributes.Count; a++)
            {
                try
                {
                    scores[r][a] = await attributes[a].Scorer.ScoreAsync(input, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException and not InvalidInputException)
                {
                    // As the evaluation runner does: a scorer's failure on one row is that row's unscored reason.
                    scores[r][a] = Score.Unscored(e.Message);
                }
            }
        }
        return scores;
    }

    /// <summary>The profile of <paramref name="rows"/>, and its comparison with <paramref name="other"/> when given.</summary>
    public static async Task<DataProfile> ProfileAsync(
        string source, string field, IReadOnlyList<ProfileRow> rows, IReadOnlyList<(string Name, IScorer Scorer)> attributes,
        string? otherSource, IReadOnlyList<ProfileRow>? other, ProfileOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(options);
        var descriptors = attributes.ToDictionary(a => a.Name, a => a.Scorer.Descriptor, StringComparer.Ordinal);
        var scores = await ScoreAsync(rows, attributes, cancellationToken).ConfigureAwait(false);
        var languages = Summarise(rows, scores, attributes, options);
        IReadOnlyList<LanguageProfile> otherLanguages = [];
        IReadOnlyList<AttributeComparison> comparisons = [];
        if (other is not null)
        {
            var otherScores = await ScoreAsync(other, attributes, cancellationToken).ConfigureAwait(false);
            otherLanguages = Summarise(other, otherScores, attributes, options);
            comparisons = Compare(rows, scores, other, otherScores, attributes, options);
        }
        return new DataProfile(source, field, [.. attributes.Select(a => a.Name)], descriptors,
            attributes.ToDictionary(a => a.Name, a => ScorerIdentity.Of(a.Scorer).Key, StringComparer.Ordinal),
            languages, otherSource, otherLanguages, comparisons, options.Correction, options.Resamples, options.Seed);
    }

    private static List<LanguageProfile> Summarise(IReadOnlyList<ProfileRow> rows, Score[][] scores, IReadOnlyList<(string Name, IScorer Scorer)> attributes, ProfileOptions options)
    {
        var profiles = new List<LanguageProfile>();
        foreach (var group in Groups(rows))
        {
            var summaries = new List<AttributeSummary>();
            for (var a = 0; a < attributes.Count; a++)
            {
                var cell = group.Value.Select(i => scores[i][a]).ToArray();
                var values = cell.Where(s => s.IsScored).Select(s => s.Value!.Value).ToArray();
                var reasons = cell.Where(s => !s.IsScored).GroupBy(s => s.UnscoredReason!, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).Select(g => g.Key).ToArray();
                var (lower, upper, method) = ScoreIntervals.Of(attributes[a].Scorer.Descriptor, values, clustered: false, options.Confidence);
                summaries.Add(new AttributeSummary(attributes[a].Name, values.Length, cell.Length - values.Length,
                    values.Length > 0 ? values.Average() : null, lower, upper, method, Quantiles(values), values, reasons));
            }
            profiles.Add(new LanguageProfile(group.Key, group.Value.Count, summaries));
        }
        return profiles;
    }

    private static List<AttributeComparison> Compare(
        IReadOnlyList<ProfileRow> rowsA, Score[][] scoresA, IReadOnlyList<ProfileRow> rowsB, Score[][] scoresB,
        IReadOnlyList<(string Name, IScorer Scorer)> attributes, ProfileOptions options)
    {
        var groupsA = Groups(rowsA);
        var groupsB = Groups(rowsB);
        var comparisons = new List<AttributeComparison>();
        for (var a = 0; a < attributes.Count; a++)
        {
            var descriptor = attributes[a].Scorer.Descriptor;
            var family = new List<AttributeComparison>();
            foreach (var (language, indicesA) in groupsA)
            {
                if (!groupsB.TryGetValue(language, out var indicesB))
                {
                    continue;
                }
                var idsA = indicesA.Select(i => rowsA[i].Id).ToArray();
                var idsB = indicesB.ToDictionary(i => rowsB[i].Id ?? "", i => i, StringComparer.Ordinal);
                var paired = idsA.All(id => id is not null) && indicesB.All(i => rowsB[i].Id is not null)
                    && idsA.Length == idsB.Count && idsA.All(id => idsB.ContainsKey(id!));
                if (paired)
                {
                    var pairs = indicesA.Select(i => (A: scoresA[i][a], B: scoresB[idsB[rowsA[i].Id!]][a]))
                        .Where(p => p.A.IsScored && p.B.IsScored).ToArray();
                    if (pairs.Length == 0)
                    {
                        continue;
                    }
                    var scores = new PairedScores([.. pairs.Select(p => p.A.Value!.Value)], [.. pairs.Select(p => p.B.Value!.Value)]);
                    var (test, bootstrap, p) = PairedTests.Run(descriptor, scores, options.Resamples, options.Seed, options.Confidence);
                    family.Add(new AttributeComparison(attributes[a].Name, language, true, PairedTests.Name(test), pairs.Length, pairs.Length,
                        bootstrap.MeanA, bootstrap.MeanB, bootstrap.Difference, bootstrap.Lower ?? double.NaN, bootstrap.Upper ?? double.NaN, p, p));
                }
                else
                {
                    var valuesA = indicesA.Select(i => scoresA[i][a]).Where(s => s.IsScored).Select(s => s.Value!.Value).ToArray();
                    var valuesB = indicesB.Select(i => scoresB[i][a]).Where(s => s.IsScored).Select(s => s.Value!.Value).ToArray();
                    if (valuesA.Length == 0 || valuesB.Length == 0)
                    {
                        continue;
                    }
                    var (_, p) = MannWhitneyUTest.Run(valuesA, valuesB);
                    var interval = UnpairedBootstrap.DifferenceOfMeans(valuesA, valuesB, options.Resamples, options.Seed, options.Confidence);
                    family.Add(new AttributeComparison(attributes[a].Name, language, false, "Mann–Whitney U", valuesA.Length, valuesB.Length,
                        valuesA.Average(), valuesB.Average(), valuesA.Average() - valuesB.Average(), interval.Lower, interval.Upper, p, p));
                }
            }
            var adjusted = MultipleComparisons.Adjust([.. family.Select(c => c.PValue)], options.Correction);
            comparisons.AddRange(family.Select((c, i) => c with { AdjustedPValue = adjusted[i] }));
        }
        return comparisons;
    }

    private static SortedDictionary<string, List<int>> Groups(IReadOnlyList<ProfileRow> rows)
    {
        var groups = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var key = rows[i].Language.ToString();
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }
            list.Add(i);
        }
        return groups;
    }

    /// <summary>Minimum, quartiles and maximum with linear interpolation between order statistics (numpy's default).</summary>
    internal static double[] Quantiles(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return [];
        }
        var sorted = values.Order().ToArray();
        return [.. new[] { 0, 0.25, 0.5, 0.75, 1 }.Select(q =>
        {
            var position = q * (sorted.Length - 1);
            var low = (int)Math.Floor(position);
            var high = Math.Min(low + 1, sorted.Length - 1);
            return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
        })];
    }
}
