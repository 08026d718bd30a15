namespace LangGap.Reports;

/// <summary>A language as the transparency block states it.</summary>
/// <param name="Code">The language tag.</param>
/// <param name="Name">The English name.</param>
/// <param name="ResourceClass">Resource class 0–5 (the suite's, else LangGap's registry), or <see langword="null"/>.</param>
/// <param name="PromptOrigin"><c>native</c> or <c>translated</c> as the suite declares it, or <see langword="null"/> when unknown.</param>
public sealed record ReportLanguage(string Code, string Name, int? ResourceClass, string? PromptOrigin)
{
    /// <summary>Items (prompts) of this language with at least one scored generation, the most over tasks' scorers summed over tasks.</summary>
    public int Items { get; init; }
}
