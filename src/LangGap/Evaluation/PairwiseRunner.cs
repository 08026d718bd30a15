using System.Text.Json;
using LangGap.Evaluation.Scoring;
using LangGap.Statistics.Preference;
using LangGap.Storage;

namespace LangGap.Evaluation;

/// <summary>After generation, asks each task's pairwise judges to compare the first model (baseline) with each other model.</summary>
/// <remarks>
/// A verdict is stored once in the scores table under the challenger's generation key and the scorer name
/// <c>pairwise-judge|judge|baseline generation key|order</c> (order <c>random</c>, <c>ab</c> or <c>ba</c>), so a rerun
/// asks the judge only for verdicts not yet stored, and a changed baseline generation gets a new verdict. The value is
/// the baseline's result (A wins 1, tie 0.5, B wins 0); a failed or unparseable reply is stored unscored with its reason.
/// </remarks>
internal static class PairwiseRunner
{
    public static string ScorerName(string judgeId, string baselineKey, string order) =>
        $"{PairwiseScorer.NamePrefix}|{judgeId}|{baselineKey}|{order}";

    public static async Task<int> JudgeAsync(EvaluationRun run, List<WorkItem> items, RunStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (run.Models.Count < 2 || run.Tasks.All(t => t.Pairwise.Count == 0))
        {
            return 0;
        }
        var ok = (await store.ReadGenerationsAsync(cancellationToken).ConfigureAwait(false))
            .Where(g => g.Status == GenerationStatus.Ok).ToDictionary(g => g.Key, StringComparer.Ordinal);
        var scored = await store.ReadScoreKeysAsync(cancellationToken).ConfigureAwait(false);
        var baseline = run.Models[0].Id;
        var jobs = new List<(PairwiseJudge Judge, string JudgeId, WorkItem A, WorkItem B, bool Swap, string Order)>();
        foreach (var task in run.Tasks.Where(t => t.Pairwise.Count > 0))
        {
            foreach (var group in items.Where(i => i.Task == task).GroupBy(i => (i.Sample.Id, i.SampleIndex)))
            {
                var a = group.FirstOrDefault(i => i.Model.Id == baseline);
                if (a is null || !ok.ContainsKey(a.Key))
                {
                    continue;
                }
                foreach (var b in group.Where(i => i.Model.Id != baseline && ok.ContainsKey(i.Key)))
                {
                    foreach (var scorer in task.Pairwise)
                    {
                        var judge = new PairwiseJudge(scorer.Judge, scorer.JudgeId, run.Options.Seed);
                        var orders = scorer.BothOrders
                            ? new[] { (false, "ab"), (true, "ba") }
                            : [(judge.SwapOf($"{task.Name}\u001f{a.Sample.Id}\u001f{a.SampleIndex}\u001f{b.Model.Id}"), "random")];
                        foreach (var (swap, order) in orders)
                        {
                            if (!scored.Contains((b.Key, ScorerName(scorer.JudgeId, a.Key, order))))
                            {
                                jobs.Add((judge, scorer.JudgeId, a, b, swap, order));
                            }
                        }
                    }
                }
            }
        }
        if (jobs.Count == 0)
        {
            return 0;
        }
        await using var writer = await store.CreateWriterAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = run.Options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(jobs, parallel, async (job, token) =>
        {
            var judgement = await job.Judge.JudgeInOrderAsync(job.A.Sample, ok[job.A.Key].Text ?? "", ok[job.B.Key].Text ?? "", job.Swap, token).ConfigureAwait(false);
            await writer.AddAsync(Record(job.JudgeId, job.A, job.B, job.Order, judgement, time.GetUtcNow()), token).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return jobs.Count;
    }

    internal static ScoreRecord Record(string judgeId, WorkItem a, WorkItem b, string order, PairwiseJudgement judgement, DateTimeOffset now)
    {
        var details = JsonSerializer.Serialize(new
        {
            judge = judgeId,
            baseline = a.Model.Id,
            baseline_key = a.Key,
            verdict = judgement.Verdict switch { Verdict.A => "A", Verdict.B => "B", Verdict.Tie => "TIE", _ => null },
            shown = judgement.Swapped ? "BA" : "AB",
            rationale = judgement.Rationale,
        }, ReportJson.Options);
        double? value = judgement.Verdict switch { Verdict.A => 1, Verdict.B => 0, Verdict.Tie => 0.5, _ => null };
        return new ScoreRecord(b.Key, ScorerName(judgeId, a.Key, order), value, judgement.UnscoredReason, details, now);
    }
}
