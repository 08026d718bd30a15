namespace LangGap.Models.Completions;

/// <summary>One request to a raw-completion endpoint (<c>/v1/completions</c>): a prompt string continued as it is, no chat template applied by the server.</summary>
/// <param name="Prompt">The exact text the model continues; the caller has applied any chat template and markers.</param>
/// <param name="MaxTokens">The most new tokens (<c>max_tokens</c>); 0 asks for none, which only makes sense with <see cref="Echo"/>.</param>
/// <remarks>
/// Settings left <see langword="null"/> are not sent, so the server's defaults apply. <see cref="Temperature"/> defaults to 0
/// (greedy), which is what budget forcing and log-likelihood scoring need.
/// </remarks>
public sealed record CompletionRequest(string Prompt, int MaxTokens)
{
    /// <summary>Strings that end the continuation (<c>stop</c>); the server leaves them out of the text.</summary>
    public IReadOnlyList<string> Stop { get; init; } = [];

    /// <summary>Sampling temperature (default 0: greedy).</summary>
    public double Temperature { get; init; }

    /// <summary>The sampling seed, for servers that honour one.</summary>
    public long? Seed { get; init; }

    /// <summary>Return the prompt in front of the continuation, with its log-probabilities when <see cref="Logprobs"/> is set (<c>echo</c>).</summary>
    public bool Echo { get; init; }

    /// <summary>Return log-probabilities of each token, with this many alternatives per position (<c>logprobs</c>; 0 returns only the chosen token's).</summary>
    public int? Logprobs { get; init; }

    /// <summary>vLLM's extension: log-probabilities of the prompt tokens with this many alternatives (<c>prompt_logprobs</c>).</summary>
    public int? PromptLogprobs { get; init; }

    /// <summary>Server-specific fields sent as they are (for example <c>min_tokens</c> or <c>skip_special_tokens</c>).</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}
