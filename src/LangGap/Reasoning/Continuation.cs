namespace LangGap.Reasoning;

/// <summary>What a backend generated for a <see cref="ContinuationRequest"/>.</summary>
/// <param name="Text">The new text, stop string excluded.</param>
/// <param name="Tokens">New tokens as the model counts them (its tokenizer, or the server's <c>usage.completion_tokens</c>).</param>
/// <param name="End">Why it ended.</param>
public sealed record Continuation(string Text, int Tokens, PhaseEnd End);
