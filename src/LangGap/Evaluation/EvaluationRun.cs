namespace LangGap.Evaluation;

/// <summary>Everything that defines a run: tasks, models and options.</summary>
/// <param name="Tasks">The tasks, each run on every model.</param>
/// <param name="Models">The models.</param>
/// <param name="Options">Concurrency, k, seed, limits.</param>
/// <param name="RunId">A fixed run id, or <see langword="null"/> to derive it from the configuration (so a rerun resumes the same run).</param>
public sealed record EvaluationRun(IReadOnlyList<EvalTask> Tasks, IReadOnlyList<RunModel> Models, RunOptions Options, string? RunId = null)
{
    /// <summary>The suite the tasks come from (name and declared languages), kept with the run for its reports; <see langword="null"/> for tasks built in code.</summary>
    public Suites.SuiteContext? Suite { get; init; }

    /// <summary>The identity of every judge model the tasks' scorers call, by the id the suite gives it (empty: none), so a
    /// changed judge shows in the run's configuration.</summary>
    public IReadOnlyDictionary<string, string> Judges { get; init; } = new Dictionary<string, string>();
}
