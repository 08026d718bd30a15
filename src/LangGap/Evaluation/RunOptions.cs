namespace LangGap.Evaluation;

/// <summary>How the <see cref="EvaluationRunner"/> runs: concurrency, samples per prompt, seed, limits and when to give up.</summary>
public sealed record RunOptions
{
    /// <summary>The most generations in flight at once (default 16).</summary>
    public int MaxConcurrency { get; init; } = 16;

    /// <summary>Samples drawn per prompt and model, k (default 1).</summary>
    public int SamplesPerPrompt { get; init; } = 1;

    /// <summary>The run seed; each request's seed is derived from it, the task, the sample id and the sample index (default 0).</summary>
    public long Seed { get; init; }

    /// <summary>Use only the first N samples of each task (default: all).</summary>
    public int? Limit { get; init; }

    /// <summary>Stop the run when more than this fraction of this session's generations failed (default 0.5).</summary>
    public double MaxFailureFraction { get; init; } = 0.5;

    /// <summary>Generations to attempt before the failure fraction is checked (default 20).</summary>
    public int MinimumBeforeStop { get; init; } = 20;

    /// <summary>Whether a resumed run tries again what failed before: generations that failed, and scores left unscored
    /// because the scorer itself failed (a judge call that errored) (default <see langword="false"/>: an unchanged rerun
    /// calls no model).</summary>
    public bool RetryFailed { get; init; }

    /// <summary>The shortest time between two progress reports (default 250 ms).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Returns every problem with these options, or an empty list when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxConcurrency < 1) problems.Add($"MaxConcurrency must be at least 1; found {MaxConcurrency}.");
        if (SamplesPerPrompt < 1) problems.Add($"SamplesPerPrompt must be at least 1; found {SamplesPerPrompt}.");
        if (Limit is < 1) problems.Add($"Limit must be at least 1 when given; found {Limit}.");
        if (MaxFailureFraction is < 0 or > 1 || double.IsNaN(MaxFailureFraction)) problems.Add($"MaxFailureFraction must be in [0, 1]; found {MaxFailureFraction}.");
        if (MinimumBeforeStop < 1) problems.Add($"MinimumBeforeStop must be at least 1; found {MinimumBeforeStop}.");
        if (ProgressInterval < TimeSpan.Zero) problems.Add($"ProgressInterval must not be negative; found {ProgressInterval}.");
        return problems;
    }
}
