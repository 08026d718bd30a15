using LangGap.Evaluation.Aggregation;
using LangGap.Statistics;
using LangGap.Statistics.Paired;

namespace LangGap.Synthesis.Selection;

/// <summary>What selection did to each attribute, per language: the selected set against a seeded random choice from the
/// same candidates (the honest baseline), with paired tests corrected over the whole table.</summary>
/// <remarks>
/// The comparison is paired by prompt. For each language (and <c>all</c>) and each objective attribute, prompts where both
/// candidates have a value are kept; the test is chosen from the attribute's descriptor as <c>langgap eval</c> chooses it
/// (<see cref="PairedTests"/>: exact McNemar for binary attributes, exact sign-flip on up to 20 prompts, else the paired
/// bootstrap), the interval is the paired bootstrap's, and the p-values of every row are corrected together.
/// </remarks>
/// <param name="Rows">Language-major, attributes in objective order; <c>all</c> last.</param>
/// <param name="Correction">The multiple-comparison correction.</param>
/// <param name="Resamples">Bootstrap resamples.</param>
/// <param name="Seed">The bootstrap seed.</param>
public sealed record SelectionProfile(IReadOnlyList<ProfileComparison> Rows, PValueCorrection Correction, int Resamples, ulong Seed)
{
    /// <summary>Builds the profile of <paramref name="selections"/> over <paramref name="objective"/>'s attributes.</summary>
    public static SelectionProfile Build(IReadOnlyList<Selection> selections, AttributeObjective objective, PValueCorrection correction, int resamples, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(selections);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        var groups = selections.GroupBy(s => s.Set.Sample.Language.ToString(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Language: g.Key, Items: g.ToList()))
            .ToList();
        if (groups.Count > 1)
        {
            groups.Add(("all", [.. selections]));
        }
        var raw = new List<(string Language, ObjectiveTerm Term, PairedScores? Scores)>();
        foreach (var (language, items) in groups)
        {
            foreach (var term in objective.Terms)
            {
                var pairs = items
                    .Select(s => (A: s.Selected.ValueOf(term.Attribute), B: s.Baseline.ValueOf(term.Attribute)))
                    .Where(p => p.A is { } a && p.B is { } b && double.IsFinite(a) && double.IsFinite(b))
                    .ToList();
                raw.Add((language, term, pairs.Count == 0 ? null : new PairedScores([.. pairs.Select(p => p.A!.Value)], [.. pairs.Select(p => p.B!.Value)])));
            }
        }
        var tested = raw.Select(r => r.Scores is null ? default : PairedTests.Run(r.Term.Scorer.Descriptor, r.Scores, resamples, seed, 0.95)).ToList();
        var family = Enumerable.Range(0, raw.Count).Where(i => raw[i].Scores is not null).ToList();
        var adjusted = MultipleComparisons.Adjust([.. family.Select(i => tested[i].PValue)], correction);
        var rows = new List<ProfileComparison>();
        for (var i = 0; i < raw.Count; i++)
        {
            var (language, term, scores) = raw[i];
            var descriptor = term.Scorer.Descriptor;
            if (scores is null)
            {
                rows.Add(new ProfileComparison(language, term.Attribute, descriptor, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, "none", double.NaN, double.NaN));
                continue;
            }
            var (test, bootstrap, p) = tested[i];
            rows.Add(new ProfileComparison(language, term.Attribute, descriptor, scores.Count, bootstrap.MeanA, bootstrap.MeanB, bootstrap.Difference,
                bootstrap.Lower ?? double.NaN, bootstrap.Upper ?? double.NaN, PairedTests.Name(test), p, adjusted[family.IndexOf(i)]));
        }
        return new SelectionProfile(rows, correction, resamples, seed);
    }
}
