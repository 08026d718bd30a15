using Microsoft.Extensions.AI;

namespace LangGap.Evaluation.Scoring;

/// <summary>A suite's <c>pairwise-judge</c> entry: after generation, the judge compares the first model (baseline) with each other model.</summary>
/// <param name="Judge">The judge model's client.</param>
/// <param name="JudgeId">The judge model's id.</param>
/// <param name="BothOrders">Ask in both presentation orders (<c>"orders": "both"</c>) instead of one seeded random order.</param>
public sealed record PairwiseScorer(IChatClient Judge, string JudgeId, bool BothOrders)
{
    /// <summary>The scorer name a suite gives a pairwise judge (verdicts are stored in their own table, not as scores).</summary>
    public const string NamePrefix = "pairwise-judge";

    /// <summary>The name shown in the run configuration.</summary>
    public string Name => $"{NamePrefix}:{JudgeId}:{(BothOrders ? "both" : "random")}";
}
