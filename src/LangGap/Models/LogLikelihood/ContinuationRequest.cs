namespace LangGap.Models.LogLikelihood;

/// <summary>A context and the continuation whose log-likelihood after it is wanted.</summary>
/// <param name="Context">The text the model conditions on (may be empty).</param>
/// <param name="Continuation">The text scored (delimiter included, for example <c>" Paris"</c>).</param>
public sealed record ContinuationRequest(string Context, string Continuation)
{
    /// <summary>The request with whitespace at the end of the context moved to the front of the continuation, as
    /// lm-evaluation-harness splits a pair before tokenising it (so <c>"Answer: "</c> + <c>"Paris"</c> is scored as
    /// <c>"Answer:"</c> + <c>" Paris"</c>).</summary>
    public ContinuationRequest Normalized()
    {
        var trimmed = Context.TrimEnd();
        return trimmed.Length == Context.Length ? this : new ContinuationRequest(trimmed, Context[trimmed.Length..] + Continuation);
    }
}
