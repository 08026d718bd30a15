using LangGap.Evaluation.Scoring;
using LangGap.Storage;

namespace LangGap.Evaluation;

/// <summary>After generation, asks each task's pairwise judges to compare the first model (baseline) with each other model.</summary>
/// <remarks>
/// A verdict is stored once in the store's pairwise table under (challenger generation key, baseline generation key,
/// judge, order) — order <c>random</c>, <c>ab</c> or <c>ba</c> — so a rerun asks the judge only for verdicts not yet
/// stored, and a changed baseline generation gets a new verdict. The verdict is in the baseline's terms (A = baseline);
/// a failed or unparseable reply is stored without a verdict, with its reason.
/// </remarks>
internal static class PairwiseRunner
{
    public static async Task<int> JudgeAsync(EvaluationRun run, List<WorkItem> items, RunStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (run.Models.Count < 2 || run.Tasks.All(t => t.Pairwise.Count == 0))
        {
            return 0;
        }
        var ok = (await store.ReadGenerationsAsync(cancellationToken).ConfigureAwait(false))
            .Where(g => g.Status == GenerationStatus.Ok).ToDictionary(g => g.Key, StringComparer.Ordinal);
        var stored = await store.ReadPairwiseKeysAsync(cancellationToken).ConfigureAwait(false);
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
                            if (!stored.Contains((b.Key, a.Key, scorer.JudgeId, order)))
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

    internal static PairwiseVerdictRecord Record(string judgeId, WorkItem a, WorkItem b, string order, PairwiseJudgement judgement, DateTimeOffset now) =>
        new(a.Key, b.Key, judgeId, order, judgement.Verdict, judgement.Swapped, judgement.UnscoredReason, judgement.Rationale, now);
}
