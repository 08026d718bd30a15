using System.Globalization;
using LangGap.Statistics.Agreement;
using LangGap.Statistics.Resampling;
using LangGap.Survey.Annotation;

namespace LangGap.Survey.Agreement;

/// <summary>Compares the automatic annotation with human labels: κ, Jaccard, precision and recall of "not named", with bootstrap intervals.</summary>
/// <remarks>
/// Intervals are percentile bootstrap intervals over papers: resample r draws n papers with replacement from its own
/// stream (<c>Xoshiro256.ForStream(seed, r)</c>), and every statistic of a scope uses the same draws. Resamples on
/// which a statistic is undefined (κ with one label throughout, no positive paper) are left out of its interval.
/// </remarks>
public static class AgreementAnalysis
{
    /// <summary>The agreement of <paramref name="selected"/> with <paramref name="labels"/>.</summary>
    public static AgreementReport Compute(IReadOnlyList<SelectedPaper> selected, IReadOnlyList<HumanLabel> labels, ulong seed, int resamples)
    {
        ArgumentNullException.ThrowIfNull(selected);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        var byId = labels.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var pairs = selected.Where(s => byId.ContainsKey(s.Paper.Id)).Select(s => (Auto: s, Human: byId[s.Paper.Id])).ToList();
        var rows = pairs.Select(p => p.Auto.Paper.Year).Distinct().Order()
            .Select(y => Row(y.ToString(CultureInfo.InvariantCulture), pairs.Where(p => p.Auto.Paper.Year == y).ToList(), seed, resamples))
            .Append(Row("all", pairs, seed, resamples))
            .ToList();
        var groups = SurveyLabels.Groups;
        var subtopics = SurveyLabels.Subtopics;
        var groupConfusion = groups.Select(h => (IReadOnlyList<int>)groups.Select(a => pairs.Count(p => p.Human.Group == h && p.Auto.Annotation.Group == a)).ToArray()).ToList();
        var subtopicConfusion = subtopics.Select(h => (IReadOnlyList<int>)subtopics.Select(a => pairs.Count(p => p.Human.Subtopic == h && p.Auto.Annotation.Subtopic == a)).ToArray()).ToList();
        return new AgreementReport(labels.Count, labels.Count - pairs.Count, rows, groupConfusion, subtopicConfusion, seed, resamples);
    }

    private static AgreementRow Row(string scope, List<(SelectedPaper Auto, HumanLabel Human)> pairs, ulong seed, int resamples)
    {
        var statistics = new Func<IReadOnlyList<(SelectedPaper Auto, HumanLabel Human)>, (double Value, int Count)>[]
        {
            s => Kappa(s.Where(p => p.Human.Group is not null).Select(p => (p.Auto.Annotation.Group, p.Human.Group!.Value)).ToList()),
            s => Kappa(s.Where(p => p.Human.Subtopic is not null).Select(p => (p.Auto.Annotation.Subtopic, p.Human.Subtopic!.Value)).ToList()),
            Jaccard,
            s => Precision(s.Where(p => p.Human.Named is not null).Select(p => (!p.Auto.Annotation.LanguageNamed, !p.Human.Named!.Value)).ToList()),
            s => Precision(s.Where(p => p.Human.Named is not null).Select(p => (!p.Human.Named!.Value, !p.Auto.Annotation.LanguageNamed)).ToList()),
        };
        var points = statistics.Select(f => f(pairs)).ToArray();
        var draws = statistics.Select(_ => new List<double>(resamples)).ToArray();
        if (pairs.Count > 0)
        {
            var sample = new (SelectedPaper, HumanLabel)[pairs.Count];
            for (var r = 0; r < resamples; r++)
            {
                var random = Xoshiro256.ForStream(seed, (ulong)r);
                for (var i = 0; i < sample.Length; i++)
                {
                    sample[i] = pairs[random.NextInt(pairs.Count)];
                }
                for (var k = 0; k < statistics.Length; k++)
                {
                    var value = statistics[k](sample).Value;
                    if (!double.IsNaN(value))
                    {
                        draws[k].Add(value);
                    }
                }
            }
        }
        AgreementEstimate Estimate(int k) => new(points[k].Value, Percentile(draws[k], 0.025), Percentile(draws[k], 0.975), points[k].Count);
        return new AgreementRow(scope, pairs.Count, Estimate(0), Estimate(1), Estimate(2), Estimate(3), Estimate(4));
    }

    private static (double, int) Kappa<T>(List<(T Auto, T Human)> pairs) where T : notnull =>
        pairs.Count == 0 ? (double.NaN, 0) : (CohenKappa.Compute(pairs.Select(p => p.Auto).ToList(), pairs.Select(p => p.Human).ToList()), pairs.Count);

    private static (double, int) Jaccard(IReadOnlyList<(SelectedPaper Auto, HumanLabel Human)> pairs)
    {
        var sum = 0.0;
        var n = 0;
        foreach (var (auto, human) in pairs)
        {
            if (human.Languages is null)
            {
                continue;
            }
            var a = auto.Annotation.Languages;
            var union = a.Union(human.Languages, StringComparer.Ordinal).Count();
            sum += union == 0 ? 1 : (double)a.Intersect(human.Languages, StringComparer.Ordinal).Count() / union;
            n++;
        }
        return n == 0 ? (double.NaN, 0) : (sum / n, n);
    }

    /// <summary>Of the items whose first flag is set, the share whose second is set too (precision, or recall with the flags swapped).</summary>
    private static (double, int) Precision(List<(bool Predicted, bool Actual)> pairs)
    {
        var positives = pairs.Count(p => p.Predicted);
        return positives == 0 ? (double.NaN, 0) : ((double)pairs.Count(p => p.Predicted && p.Actual) / positives, positives);
    }

    /// <summary>The q-quantile with linear interpolation (numpy's default); NaN for no values.</summary>
    private static double Percentile(List<double> values, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        values.Sort();
        var position = q * (values.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, values.Count - 1);
        return values[low] + (values[high] - values[low]) * (position - low);
    }
}
