namespace LangGap.Evaluation.Suites;

/// <summary>A part of a suite that a run left out, and why (its data was not found, or its dataset does not cover the language).</summary>
/// <param name="Task">The task.</param>
/// <param name="Language">The language left out, or <see langword="null"/> when the whole task was.</param>
/// <param name="Reason">Why, in one sentence.</param>
public sealed record SuiteSkip(string Task, string? Language, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"skipped {Task}{(Language is null ? "" : $" [{Language}]")}: {Reason}";
}
