namespace LangGap.Evaluation;

/// <summary>One option of a multiple-choice item: the continuation whose log-likelihood is measured, and the context it
/// follows when that differs per option.</summary>
/// <remarks>
/// Most tasks share one context (the sample's prompt) and vary the continuation (XCOPA, XStoryCloze, Global-MMLU).
/// Winograd-style tasks vary the context and share the continuation (lm-evaluation-harness's "multiple input" mode):
/// there <see cref="Context"/> holds the option's context. <see cref="Text"/> is what length normalisation measures.
/// </remarks>
/// <param name="Continuation">The continuation scored, without the task's target delimiter.</param>
/// <param name="Context">The option's own context, or <see langword="null"/> for the sample's prompt.</param>
public sealed record Choice(string Continuation, string? Context = null)
{
    /// <summary>The option as a reader sees it: its context when the options differ there, else its continuation;
    /// <c>acc_norm</c> divides by its length in characters, <c>acc_bytes</c> by its UTF-8 length.</summary>
    public string Text => Context ?? Continuation;
}
