namespace LangGap.Models.Completions;

/// <summary>What a raw-completion endpoint returned for one <see cref="CompletionRequest"/>.</summary>
/// <param name="Text">The continuation (with the prompt in front when the request echoed it), stop string excluded.</param>
/// <param name="FinishReason">Why the server stopped: <c>stop</c> (end of sequence or a stop string), <c>length</c> (the token limit), or what else it said.</param>
/// <param name="PromptTokens">The server's count of prompt tokens (<c>usage.prompt_tokens</c>), when it reports usage.</param>
/// <param name="CompletionTokens">The server's count of generated tokens (<c>usage.completion_tokens</c>), when it reports usage.</param>
/// <param name="Tokens">Per-token log-probabilities of <paramref name="Text"/> (the OpenAI <c>logprobs</c> object), when asked for and given.</param>
/// <param name="PromptTokenLogprobs">vLLM's <c>prompt_logprobs</c>: for each prompt position the candidates and their log-probabilities (null at the first position), when asked for and given.</param>
/// <param name="StopString">The stop string that ended the text, when the server says which (vLLM's <c>stop_reason</c>).</param>
public sealed record CompletionResult(
    string Text,
    string FinishReason,
    int? PromptTokens,
    int? CompletionTokens,
    IReadOnlyList<CompletionToken>? Tokens,
    IReadOnlyList<IReadOnlyList<PromptTokenCandidate>?>? PromptTokenLogprobs,
    string? StopString);

/// <summary>One token of a completion with its log-probability.</summary>
/// <param name="Text">The token's text as the server decoded it.</param>
/// <param name="Logprob">Its log-probability, or <see langword="null"/> where the server gives none (the first echoed token).</param>
/// <param name="TextOffset">Where the token starts in <see cref="CompletionResult.Text"/>, in characters, when the server says.</param>
public sealed record CompletionToken(string Text, double? Logprob, int? TextOffset);

/// <summary>One candidate at a prompt position in vLLM's <c>prompt_logprobs</c>.</summary>
/// <param name="TokenId">The token id (the key vLLM uses).</param>
/// <param name="Logprob">Its log-probability at this position.</param>
/// <param name="Rank">Its rank among all tokens (1 is the most likely), when given.</param>
/// <param name="DecodedToken">Its text, when given.</param>
public sealed record PromptTokenCandidate(int TokenId, double Logprob, int? Rank, string? DecodedToken);
