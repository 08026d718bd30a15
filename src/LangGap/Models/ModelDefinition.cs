namespace LangGap.Models;

/// <summary>One model as a models file names it: where it is served, how to talk to it and its generation defaults.</summary>
/// <param name="Id">LangGap's name for the model: used in reports, run stores and cache keys.</param>
/// <param name="ServedModel">The name the servers know the model by (sent as <c>model</c>).</param>
/// <param name="Endpoints">One or more servers of the same model; calls are balanced across them.</param>
/// <param name="Template">
/// The chat template name (see <see cref="ChatTemplates.ChatTemplateCatalog"/>) for raw <c>/completions</c> endpoints,
/// or <see langword="null"/> for <c>/chat/completions</c>.
/// </param>
/// <param name="TemplateIncludesBos">Whether the rendered template starts with the BOS token.</param>
/// <param name="Retry">The retry and timeout policy for calls to this model.</param>
/// <param name="Temperature">The default sampling temperature, or <see langword="null"/> for the server's default.</param>
/// <param name="MaxTokens">The default cap on generated tokens, or <see langword="null"/> for the server's default.</param>
/// <param name="TopP">The default nucleus-sampling threshold, or <see langword="null"/> for the server's default.</param>
public sealed record ModelDefinition(
    string Id,
    string ServedModel,
    IReadOnlyList<OpenAIEndpoint> Endpoints,
    string? Template,
    bool TemplateIncludesBos,
    RetryOptions Retry,
    float? Temperature,
    int? MaxTokens,
    float? TopP)
{
    /// <summary>How the server gives prompt log-probabilities for log-likelihood tasks (models file <c>prompt_logprobs</c>:
    /// <c>echo</c>, <c>vllm</c> or <c>none</c>; default none).</summary>
    public LogLikelihood.PromptLogprobsMethod PromptLogprobs { get; init; }
}
