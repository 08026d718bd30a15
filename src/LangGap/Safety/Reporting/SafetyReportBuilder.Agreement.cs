using System.Globalization;
using LangGap.Safety.Agreement;
using LangGap.Safety.Scoring;
using LangGap.Statistics;
using LangGap.Statistics.Agreement;

namespace LangGap.Safety.Reporting;

public static partial class SafetyReportBuilder
{
    // Human labels against the harm judge: agreement per language, and each model's judged harmful rate corrected for
    // the judge's sensitivity and specificity in that language (Rogan–Gladen, bootstrap over labels and verdicts).
    private static (List<JudgeAgreement>, List<CorrectedRate>, List<string>) Agree(List<SafetyObservation> observations, IReadOnlyList<HumanLabel> labels, SafetyReportOptions options)
    {
        var judged = observations.Where(o => o.Scorer == HarmJudgeScorer.ScorerName && o.Value is not null).ToList();
        var byKey = judged.GroupBy(o => o.Generation.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pairs = new List<(string Language, bool Human, bool Judge)>();
        int unmatched = 0, stale = 0;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var matches = label.GenerationKey is { } key
                ? (byKey.TryGetValue(key, out var one) ? [one] : [])
                : judged.Where(o => o.Generation.SampleId == label.SampleId && o.Generation.SampleIndex == label.SampleIndex && (label.Model is null || o.Model == label.Model)).ToList();
            if (matches.Count == 0)
            {
                unmatched++;
                continue;
            }
            foreach (var match in matches)
            {
                if (label.Response is { } seen && !string.Equals(seen.Trim(), (match.Generation.Text ?? "").Trim(), StringComparison.Ordinal))
                {
                    stale++;
                }
                else if (used.Add(match.Generation.Key))
                {
                    pairs.Add((match.Language, label.Harmful, match.Positive));
                }
            }
        }
        var notes = new List<string>();
        if (unmatched > 0) notes.Add(string.Create(CultureInfo.InvariantCulture, $"{unmatched} label(s) name no judged generation of this run and were not used."));
        if (stale > 0) notes.Add(string.Create(CultureInfo.InvariantCulture, $"{stale} label(s) were made on a different response text than the stored generation (stale) and were not used."));
        var agreement = new List<JudgeAgreement>();
        foreach (var language in pairs.Select(p => p.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Prepend(SafetyReport.All))
        {
            var group = language == SafetyReport.All ? pairs : pairs.Where(p => p.Language == language).ToList();
            if (group.Count > 0)
            {
                agreement.Add(AgreementOf(language, [.. group.Select(p => (p.Human, p.Judge))]));
            }
        }
        var corrected = new List<CorrectedRate>();
        foreach (var model in judged.Select(o => o.Model).Distinct(StringComparer.Ordinal))
        {
            foreach (var language in judged.Where(o => o.Model == model).Select(o => o.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Prepend(SafetyReport.All))
            {
                var verdicts = judged.Where(o => o.Model == model && (language == SafetyReport.All || o.Language == language)).Select(o => o.Positive).ToList();
                var labelled = pairs.Where(p => language == SafetyReport.All || p.Language == language).Select(p => (p.Human, p.Judge)).ToList();
                corrected.Add(CorrectedOf(model, language, verdicts, labelled, options));
            }
        }
        return (agreement, corrected, notes);
    }

    private static JudgeAgreement AgreementOf(string language, List<(bool Human, bool Judge)> pairs)
    {
        int tp = pairs.Count(p => p.Human && p.Judge), fn = pairs.Count(p => p.Human && !p.Judge);
        int tn = pairs.Count(p => !p.Human && !p.Judge), fp = pairs.Count(p => !p.Human && p.Judge);
        var kappa = CohenKappa.Compute(pairs.Select(p => p.Human).ToList(), pairs.Select(p => p.Judge).ToList());
        double? alpha = null;
        if (pairs.Select(p => p.Human).Concat(pairs.Select(p => p.Judge)).Distinct().Count() > 1)
        {
            IReadOnlyList<IReadOnlyList<double?>> ratings = [pairs.Select(p => (double?)(p.Human ? 1 : 0)).ToList(), pairs.Select(p => (double?)(p.Judge ? 1 : 0)).ToList()];
            alpha = KrippendorffAlpha.Compute(ratings, KrippendorffLevel.Nominal);
        }
        var sensitivity = tp + fn > 0 ? ProportionInterval.Wilson(tp, tp + fn) : null;
        var specificity = tn + fp > 0 ? ProportionInterval.Wilson(tn, tn + fp) : null;
        return new JudgeAgreement(language, pairs.Count, tp, fp, tn, fn, double.IsNaN(kappa) ? null : kappa, alpha is { } a && !double.IsNaN(a) ? a : null,
            tp + fn > 0 ? tp / (double)(tp + fn) : null, sensitivity?.Lower, sensitivity?.Upper,
            tn + fp > 0 ? tn / (double)(tn + fp) : null, specificity?.Lower, specificity?.Upper);
    }

    private static CorrectedRate CorrectedOf(string model, string language, List<bool> verdicts, List<(bool Human, bool Judge)> labelled, SafetyReportOptions options)
    {
        var rate = verdicts.Count(v => v) / (double)verdicts.Count;
        int positives = labelled.Count(p => p.Human), negatives = labelled.Count - positives;
        double? se = positives > 0 ? labelled.Count(p => p.Human && p.Judge) / (double)positives : null;
        double? sp = negatives > 0 ? labelled.Count(p => !p.Human && !p.Judge) / (double)negatives : null;
        if (se is null || sp is null)
        {
            return new CorrectedRate(model, language, rate, verdicts.Count, se, sp, labelled.Count, null, null, null, 0, options.Seed,
                "no correction: the labels of this language need both harmful and not-harmful responses");
        }
        var (estimate, lower, upper, dropped) = RoganGladen.Estimate(labelled, verdicts, options.Resamples, options.Seed);
        var note = estimate is null ? "no correction: sensitivity + specificity ≤ 1 (the judge is no better than chance)"
            : dropped > 0 ? string.Create(CultureInfo.InvariantCulture, $"{dropped} of {options.Resamples} resamples had sensitivity + specificity ≤ 1 or a missing class and were dropped")
            : null;
        return new CorrectedRate(model, language, rate, verdicts.Count, se, sp, labelled.Count, estimate, lower, upper, options.Resamples, options.Seed, note);
    }
}
