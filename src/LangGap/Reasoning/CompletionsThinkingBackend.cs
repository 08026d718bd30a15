using LangGap.Models.Completions;

namespace LangGap.Reasoning;

/// <summary>Budget forcing over an OpenAI-compatible <c>/v1/completions</c> endpoint (vLLM, SGLang, llama.cpp server): the
/// prompt is sent as it is and tokens are counted with the server's <c>usage.completion_tokens</c>.</summary>
/// <remarks>Extensions send <c>min_tokens</c> (vLLM and SGLang honour it), so a continuation cannot end before its first
/// new token. A server that reports no usage cannot be budgeted, and the call fails with that reason.</remarks>
public sealed class CompletionsThinkingBackend : IThinkingBackend
{
    private readonly RawCompletionClient _client;

    /// <summary>Continues prompts with <paramref name="client"/>, whose model is known as <paramref name="identity"/>.</summary>
    public CompletionsThinkingBackend(RawCompletionClient client, string identity)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(identity);
        _client = client;
        Identity = identity;
    }

    /// <inheritdoc />
    public string Identity { get; }

    /// <inheritdoc />
    public async Task<Continuation> ContinueAsync(ContinuationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var extra = new Dictionary<string, object?>();
        if (request.MinTokens > 0)
        {
            extra["min_tokens"] = request.MinTokens;
        }
        var result = await _client.CompleteAsync(new CompletionRequest(request.Prompt, request.MaxTokens)
        {
            Stop = request.Stop,
            Temperature = request.Temperature,
            Seed = request.Seed,
            Extra = extra,
        }, cancellationToken).ConfigureAwait(false);
        var tokens = result.CompletionTokens ?? throw new InvalidOperationException(
            $"The server at {_client.Endpoint.BaseUrl} reported no usage.completion_tokens; budget forcing needs the server's token counts.");
        // "stop" covers a stop string and the end of sequence; most servers do not say which, and both end the phase.
        var end = result.FinishReason == "length" ? PhaseEnd.Length : PhaseEnd.Stop;
        return new Continuation(result.Text, tokens, end);
    }
}
