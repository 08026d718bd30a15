namespace LangGap.Models.LogLikelihood;

/// <summary>A model that can say how likely a continuation is after a context: the summed log-probability of the
/// continuation's tokens, as multiple-choice tasks rank their options.</summary>
/// <remarks>
/// <para>Implementations: local models (<c>LangGap.Torch</c>, batched forward passes) and OpenAI-compatible completion
/// endpoints that return prompt log-probabilities (<see cref="EndpointLogLikelihoodModel"/>: <c>echo</c> with
/// <c>logprobs</c>, or vLLM's <c>prompt_logprobs</c>). A chat-only endpoint cannot give them.</para>
/// <para>The boundary between context and continuation follows lm-evaluation-harness: whitespace at the end of the
/// context moves to the front of the continuation, the whole text is tokenised once, and the continuation is the tokens
/// after those of the context alone.</para>
/// </remarks>
public interface ILogLikelihoodModel
{
    /// <summary>Scores every request, in input order.</summary>
    /// <exception cref="ModelCallException">An endpoint failed for good or did not return prompt log-probabilities.</exception>
    Task<IReadOnlyList<ContinuationScore>> ScoreAsync(IReadOnlyList<ContinuationRequest> requests, CancellationToken cancellationToken);
}
