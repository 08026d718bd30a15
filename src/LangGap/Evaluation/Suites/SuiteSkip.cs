namespace LangGap.Evaluation.Suites;

/// <summary>A part of a suite that a run left out, and why (its data was not found, or its dataset does not cover the language).</summary>
/// <param name="Task">The task.</param>
/// <param name="Language">The language left out, or <see langword="null"/> when the whole task was.</param>
/// <param name="Reason">Why, in one sentence.</param>
public sealed record SuiteSkip(string Task, string? Language, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"skipped {Task}{(Language is null ? "" : $" [{Language}]")}: {Reason}";

    /// <summary>One line per task and reason, languages listed together (<c>skipped xcopa [ar cs de]: the dataset does not cover this language</c>).</summary>
    public static IReadOnlyList<string> Summarize(IEnumerable<SuiteSkip> skips)
    {
        ArgumentNullException.ThrowIfNull(skips);
        return [.. skips.GroupBy(s => (s.Task, s.Reason, Whole: s.Language is null))
            .Select(g => $"skipped {g.Key.Task}{(g.Key.Whole ? "" : $" [{string.Join(' ', g.Select(s => s.Language))}]")}: {g.Key.Reason}")];
    }
}
