namespace LangGap.Reasoning;

/// <summary>Continues a raw prompt (chat template and markers already applied): what budget forcing needs from a model.</summary>
/// <remarks>Two implementations: a local model decoded token by token (LangGap.Torch, counting with the model's own
/// tokenizer) and an OpenAI-compatible <c>/v1/completions</c> endpoint (<see cref="CompletionsThinkingBackend"/>, counting
/// with the server's usage figures).</remarks>
public interface IThinkingBackend
{
    /// <summary>What the backend is, for generation keys: the model identity and anything that changes its output.</summary>
    string Identity { get; }

    /// <summary>Continues <see cref="ContinuationRequest.Prompt"/> until a stop string, the end of sequence or the token cap.</summary>
    Task<Continuation> ContinueAsync(ContinuationRequest request, CancellationToken cancellationToken);
}
