using LangGap.Evaluation;
using LangGap.Safety.Scoring;
using Microsoft.Extensions.AI;

namespace LangGap.Safety;

/// <summary>Suite-level safety settings: adding the harm judge that <c>langgap eval --judge</c> names.</summary>
public static class SafetySuite
{
    /// <summary>The rubric file a suite folder may hold for its harm judge.</summary>
    public const string RubricFile = "harm-rubric.md";

    /// <summary>Whether <paramref name="task"/> is a red-team task (it has a refusal, profanity or harm-judge scorer).</summary>
    public static bool IsRedTeam(EvalTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Scorers.Any(s => SafetyScorers.IsSafetyScorer(s.Name));
    }

    /// <summary>The tasks with a <see cref="HarmJudgeScorer"/> added to every red-team task that has none.</summary>
    /// <param name="tasks">The suite's tasks.</param>
    /// <param name="judge">The judge model's client.</param>
    /// <param name="judgeId">The judge model's id.</param>
    /// <param name="rubric">The rubric text (null: the default rubric).</param>
    public static IReadOnlyList<EvalTask> AddHarmJudge(IReadOnlyList<EvalTask> tasks, IChatClient judge, string judgeId, string? rubric)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        return [.. tasks.Select(t => IsRedTeam(t) && !t.Scorers.Any(s => s.Name == HarmJudgeScorer.ScorerName)
            ? t with { Scorers = [.. t.Scorers, new HarmJudgeScorer(judge, judgeId, rubric)] }
            : t)];
    }

    /// <summary>The rubric next to a suite file (<see cref="RubricFile"/>), or null when the folder has none.</summary>
    public static async Task<string?> RubricNextToAsync(string suitePath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(suitePath);
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(suitePath))!, RubricFile);
        return File.Exists(path) ? await HarmJudgeScorer.ReadRubricAsync(path, cancellationToken).ConfigureAwait(false) : null;
    }
}
