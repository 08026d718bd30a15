using System.Text;
using LangGap.Models.Completions;

namespace LangGap.Models.LogLikelihood;

/// <summary>Log-likelihoods from an OpenAI-compatible completions endpoint that returns prompt log-probabilities.</summary>
/// <remarks>
/// <para>Every request is first split as lm-evaluation-harness splits it (<see cref="ContinuationRequest.Normalized"/>);
/// the prompt sent is context followed by continuation, exactly as given (no chat template).</para>
/// <para><b>Echo</b> (<see cref="PromptLogprobsMethod.Echo"/>): one request with <c>echo</c>, <c>logprobs: 0</c> and
/// <c>max_tokens: 0</c>. The server returns every prompt token with its <c>text_offset</c>, counted in Unicode code points
/// as Python counts (vLLM and OpenAI do); the continuation is the tokens starting at or after the context's length in code
/// points. A token that starts in the context and ends in the continuation makes the boundary ambiguous: that request
/// fails with a message naming the token rather than being scored over a wrong span.</para>
/// <para><b>vLLM</b> (<see cref="PromptLogprobsMethod.Vllm"/>): two requests with <c>prompt_logprobs: 0</c> (so each
/// position lists only the prompt's own token) and <c>max_tokens: 1</c>: the context alone gives its token count n, the
/// whole text gives the log-probability of every token; the continuation is positions n and later — the same rule as
/// lm-evaluation-harness's <c>whole[len(context):]</c> over the server's own tokenizer. Contexts are counted once per
/// distinct context.</para>
/// <para>A server that ignores <c>echo</c> or returns no prompt log-probabilities (llama.cpp's server does not support
/// them) gets a <see cref="ModelResponseException"/> that says so, and the runner records it as a failed item.</para>
/// </remarks>
public sealed class EndpointLogLikelihoodModel : ILogLikelihoodModel
{
    private readonly RawCompletionClient _client;
    private readonly PromptLogprobsMethod _method;

    /// <summary>Scores through <paramref name="client"/> with <paramref name="method"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="method"/> is <see cref="PromptLogprobsMethod.None"/>.</exception>
    public EndpointLogLikelihoodModel(RawCompletionClient client, PromptLogprobsMethod method)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (method == PromptLogprobsMethod.None)
        {
            throw new ArgumentException("An endpoint without prompt log-probabilities cannot score log-likelihoods.", nameof(method));
        }
        _client = client;
        _method = method;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ContinuationScore>> ScoreAsync(IReadOnlyList<ContinuationRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var contextCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var scores = new ContinuationScore[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i].Normalized();
            if (request.Continuation.Length == 0)
            {
                throw new ArgumentException($"Request {i} has an empty continuation; there is nothing to score.", nameof(requests));
            }
            scores[i] = _method == PromptLogprobsMethod.Echo
                ? await EchoAsync(request, cancellationToken).ConfigureAwait(false)
                : await VllmAsync(request, contextCounts, cancellationToken).ConfigureAwait(false);
        }
        return scores;
    }

    private async Task<ContinuationScore> EchoAsync(ContinuationRequest request, CancellationToken cancellationToken)
    {
        var prompt = request.Context + request.Continuation;
        var result = await _client.CompleteAsync(new CompletionRequest(prompt, 0) { Echo = true, Logprobs = 0 }, cancellationToken).ConfigureAwait(false);
        if (result.Tokens is not { Count: > 0 } tokens || tokens.Any(t => t.TextOffset is null) || !result.Text.StartsWith(prompt, StringComparison.Ordinal))
        {
            throw new ModelResponseException(
                $"Model '{_client.Model}' at {_client.Endpoint.BaseUrl} did not echo the prompt with token log-probabilities and offsets; the server does not support 'echo' with 'logprobs' (llama.cpp's server does not) — use prompt_logprobs: vllm for vLLM, or a local model.");
        }
        var boundary = CodePoints(request.Context);
        var sum = 0.0;
        var count = 0;
        foreach (var token in tokens)
        {
            var start = token.TextOffset!.Value;
            if (start < boundary && start + CodePoints(token.Text) > boundary)
            {
                throw new ModelResponseException(
                    $"Model '{_client.Model}': token '{token.Text}' spans the end of the context at code point {boundary}, so the continuation's tokens cannot be told apart with echo.");
            }
            if (start < boundary || start >= boundary + CodePoints(request.Continuation))
            {
                continue;
            }
            sum += token.Logprob ?? throw new ModelResponseException($"Model '{_client.Model}' returned no log-probability for echoed token '{token.Text}' at offset {start}.");
            count++;
        }
        return count > 0 ? new ContinuationScore(sum, count)
            : throw new ModelResponseException($"Model '{_client.Model}' echoed no token at or after code point {boundary}, where the continuation starts.");
    }

    private async Task<ContinuationScore> VllmAsync(ContinuationRequest request, Dictionary<string, int> contextCounts, CancellationToken cancellationToken)
    {
        if (!contextCounts.TryGetValue(request.Context, out var contextTokens))
        {
            contextTokens = request.Context.Length == 0 ? 0 : (await PromptLogprobsAsync(request.Context, cancellationToken).ConfigureAwait(false)).Count;
            contextCounts[request.Context] = contextTokens;
        }
        var positions = await PromptLogprobsAsync(request.Context + request.Continuation, cancellationToken).ConfigureAwait(false);
        if (positions.Count <= contextTokens)
        {
            throw new ModelResponseException(
                $"Model '{_client.Model}' gave {positions.Count} prompt tokens for context and continuation but {contextTokens} for the context alone; the continuation has no tokens of its own.");
        }
        var sum = 0.0;
        for (var i = Math.Max(contextTokens, 1); i < positions.Count; i++)
        {
            if (positions[i] is not { Count: 1 } candidates)
            {
                throw new ModelResponseException(
                    $"Model '{_client.Model}' returned {positions[i]?.Count ?? 0} candidates at prompt position {i} for prompt_logprobs 0; expected exactly the prompt's own token.");
            }
            sum += candidates[0].Logprob;
        }
        return new ContinuationScore(sum, positions.Count - Math.Max(contextTokens, 1));
    }

    private async Task<IReadOnlyList<IReadOnlyList<PromptTokenCandidate>?>> PromptLogprobsAsync(string prompt, CancellationToken cancellationToken)
    {
        var result = await _client.CompleteAsync(new CompletionRequest(prompt, 1) { PromptLogprobs = 0 }, cancellationToken).ConfigureAwait(false);
        return result.PromptTokenLogprobs is { Count: > 0 } positions ? positions : throw new ModelResponseException(
            $"Model '{_client.Model}' at {_client.Endpoint.BaseUrl} returned no 'prompt_logprobs'; the server is not vLLM or does not support them — use prompt_logprobs: echo if it echoes log-probabilities, or a local model.");
    }

    private static int CodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }
        return count;
    }
}
