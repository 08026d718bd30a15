namespace LangGap.Evaluation.Suites;

/// <summary>What a run keeps about its suite for reports: the suite's name and declared languages.</summary>
/// <param name="Name">The suite's name.</param>
/// <param name="Languages">The declared languages (resource class, prompt origin).</param>
public sealed record SuiteContext(string Name, IReadOnlyList<SuiteLanguage> Languages)
{
    /// <summary>The tasks and languages of the suite this run left out, with the reason (empty: none).</summary>
    public IReadOnlyList<SuiteSkip> Skipped { get; init; } = [];

    /// <summary>The context of <paramref name="suite"/>.</summary>
    public static SuiteContext Of(Suite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        return new SuiteContext(suite.Name, suite.Languages) { Skipped = suite.Skipped };
    }
}
