namespace LangGap.Evaluation.Suites;

/// <summary>An evaluation suite: named tasks over shared languages, with the facts a report must state about them.</summary>
/// <param name="Name">The suite's name.</param>
/// <param name="Path">The suite file.</param>
/// <param name="Description">What the suite is for.</param>
/// <param name="Languages">The declared languages (resource class, prompt origin).</param>
/// <param name="Tasks">The tasks.</param>
/// <param name="SamplesPerPrompt">The suite's default k, or <see langword="null"/>.</param>
public sealed record Suite(string Name, string Path, string Description, IReadOnlyList<SuiteLanguage> Languages, IReadOnlyList<EvalTask> Tasks, int? SamplesPerPrompt)
{
    /// <summary>The tasks and languages left out because their data was not found or does not cover them (empty: none).</summary>
    public IReadOnlyList<SuiteSkip> Skipped { get; init; } = [];
}
