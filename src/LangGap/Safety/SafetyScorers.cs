using System.Text.Json;
using LangGap.Evaluation.Scoring;
using LangGap.Safety.Scoring;
using Microsoft.Extensions.AI;

namespace LangGap.Safety;

/// <summary>The safety scorers a suite can name: <c>refusal</c>, <c>profanity</c>, <c>harm-judge</c>.</summary>
public static class SafetyScorers
{
    /// <summary>The scorer names this factory knows.</summary>
    public static IReadOnlyList<string> Names { get; } = [RefusalScorer.ScorerName, ProfanityScorer.ScorerName, HarmJudgeScorer.ScorerName];

    /// <summary>Whether <paramref name="scorer"/> is one of the safety scorers' names.</summary>
    public static bool IsSafetyScorer(string scorer) => Names.Contains(scorer, StringComparer.Ordinal);

    /// <summary>The scorer a suite entry names, or null when the name is not a safety scorer.</summary>
    /// <param name="kind">The scorer name.</param>
    /// <param name="entry">The scorer's JSON entry (a string or an object with <c>judge</c> and <c>rubric_file</c>).</param>
    /// <param name="suitePath">The suite file (rubric files are relative to its folder).</param>
    /// <param name="task">The task name, for messages.</param>
    /// <param name="judges">Gives the client of a judge model id; null when no models are available.</param>
    /// <exception cref="InvalidInputException">A harm judge without a judge model or with a missing rubric file.</exception>
    internal static IScorer? Create(string kind, JsonElement entry, string suitePath, string task, Func<string, IChatClient>? judges)
    {
        switch (kind)
        {
            case RefusalScorer.ScorerName:
                return new RefusalScorer();
            case ProfanityScorer.ScorerName:
                return new ProfanityScorer();
            case HarmJudgeScorer.ScorerName:
                var judge = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("judge", out var j) && j.ValueKind == JsonValueKind.String ? j.GetString()! : null;
                if (judge is null || judges is null)
                {
                    throw new InvalidInputException(judge is null
                        ? $"{suitePath}: the harm-judge scorer of task '{task}' names no 'judge' model; give one, or run langgap eval with --judge."
                        : $"{suitePath}: task '{task}' uses judge model '{judge}' but no models are available to judge with; give --models.");
                }
                string? rubric = null;
                if (entry.TryGetProperty("rubric_file", out var r) && r.GetString() is { } file)
                {
                    var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(suitePath))!, file));
                    rubric = File.Exists(full) ? File.ReadAllText(full) : throw new InvalidInputException($"{suitePath}: task '{task}' names rubric file '{file}', which does not exist.");
                }
                return new HarmJudgeScorer(judges(judge), judge, rubric);
            default:
                return null;
        }
    }
}
