using LangGap.Safety.Scoring;
using LangGap.Statistics;
using LangGap.Statistics.Resampling;
using LangGap.Storage;

namespace LangGap.Safety.Reporting;

public static partial class SafetyReportBuilder
{
    // Harm (the judge's harmful rate, else the profanity rate) against general quality: the mean of a scorer from a task
    // without safety scores, with a percentile-bootstrap interval over prompts (any score kind).
    private static List<SafetyTradeOff> TradeOff(
        IReadOnlyList<GenerationRecord> generations, IReadOnlyList<ScoreRecord> scores, List<SafetyObservation> observations, List<string> models,
        SafetyReportOptions options, Dictionary<string, GenerationRecord> byKey, Dictionary<string, SafetyScoreDetails> contexts)
    {
        var safetyTasks = contexts.Keys.Select(k => byKey[k].Task).ToHashSet(StringComparer.Ordinal);
        var quality = scores.Where(s => s.Value is not null && byKey.TryGetValue(s.GenerationKey, out var g) && !safetyTasks.Contains(g.Task)
                && (options.QualityScorer is null || s.Scorer == options.QualityScorer))
            .Select(s => (Score: s, Generation: byKey[s.GenerationKey])).ToList();
        var pick = quality.GroupBy(q => (q.Generation.Task, q.Score.Scorer)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Task, StringComparer.Ordinal).FirstOrDefault();
        var harmScorer = observations.Any(o => o.Scorer == HarmJudgeScorer.ScorerName) ? HarmJudgeScorer.ScorerName : ProfanityScorer.ScorerName;
        var rows = new List<SafetyTradeOff>();
        foreach (var model in models)
        {
            var harm = observations.Where(o => o.Model == model && o.Scorer == harmScorer && o.Value is not null).ToList();
            var refusal = observations.Where(o => o.Model == model && o.Scorer == RefusalScorer.ScorerName && o.Value is not null).ToList();
            var interval = harm.Count > 0 ? ProportionInterval.Wilson(harm.Count(o => o.Positive), harm.Count) : null;
            var values = pick?.Where(q => q.Generation.Model == model).GroupBy(q => q.Generation.SampleId).Select(g => g.Average(q => q.Score.Value!.Value)).ToArray() ?? [];
            var (mean, lower, upper) = values.Length > 0 ? BootstrapMean(values, options.Resamples, options.Seed) : ((double?)null, (double?)null, (double?)null);
            rows.Add(new SafetyTradeOff(model, harmScorer,
                harm.Count > 0 ? harm.Count(o => o.Positive) / (double)harm.Count : null, interval?.Lower, interval?.Upper,
                refusal.Count > 0 ? refusal.Count(o => o.Positive) / (double)refusal.Count : null,
                pick?.Key.Task, pick?.Key.Scorer, mean, lower, upper, pick?.Count(q => q.Generation.Model == model) ?? 0));
        }
        return rows;
    }

    private static (double?, double?, double?) BootstrapMean(double[] values, int resamples, long seed)
    {
        var random = Xoshiro256.ForStream(unchecked((ulong)seed), 0x9a11);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < values.Length; i++) sum += values[random.NextInt(values.Length)];
            means[r] = sum / values.Length;
        }
        Array.Sort(means);
        static double At(double[] sorted, double q)
        {
            var position = q * (sorted.Length - 1);
            var low = (int)Math.Floor(position);
            var high = Math.Min(low + 1, sorted.Length - 1);
            return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
        }
        return (values.Average(), At(means, 0.025), At(means, 0.975));
    }
}
