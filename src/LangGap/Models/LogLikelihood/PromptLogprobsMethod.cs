namespace LangGap.Models.LogLikelihood;

/// <summary>How an OpenAI-compatible completions endpoint is asked for the log-probabilities of a prompt's tokens.</summary>
public enum PromptLogprobsMethod
{
    /// <summary>The endpoint cannot give them (chat-only APIs, llama.cpp's server): log-likelihood tasks fail with a clear error.</summary>
    None,

    /// <summary>OpenAI's legacy form: <c>echo: true</c>, <c>logprobs: 0</c>, <c>max_tokens: 0</c>; the continuation's tokens are
    /// told apart by their <c>text_offset</c>.</summary>
    Echo,

    /// <summary>vLLM's <c>prompt_logprobs: 0</c>; the continuation's tokens are those after the context's token count, which
    /// a second request with the context alone gives.</summary>
    Vllm,
}
