namespace LangGap.Storage;

/// <summary>One generation as stored: the model's answer to one sample, or the reason there is none.</summary>
/// <param name="Key">The generation key (<c>LangGap.Models.ChatRequestKey</c> of model, rendered prompt, options, seed, sample index).</param>
/// <param name="RunId">The run that produced it.</param>
/// <param name="Task">The task name.</param>
/// <param name="SampleId">The stable sample id.</param>
/// <param name="Language">The sample's language tag in normal form (<c>LangGap.Languages.LanguageTag</c>, for example <c>zh-Hant</c>).</param>
/// <param name="SampleIndex">Which of the k samples drawn for this prompt (0-based).</param>
/// <param name="Model">The model id.</param>
/// <param name="Seed">The seed sent with the request, if any.</param>
/// <param name="PromptJson">The rendered prompt: a JSON array of <c>{"role","content"}</c> messages.</param>
/// <param name="Text">The generated text; <see langword="null"/> when the generation failed.</param>
/// <param name="InputTokens">Prompt tokens reported by the server.</param>
/// <param name="OutputTokens">Completion tokens reported by the server.</param>
/// <param name="LatencyMilliseconds">Wall time of the call, retries included.</param>
/// <param name="Attempts">Attempts made (0 for a cache hit).</param>
/// <param name="Status">Whether the generation succeeded.</param>
/// <param name="FailureReason">Why it failed, in one sentence; <see langword="null"/> when it succeeded.</param>
/// <param name="FinishReason">The server's finish reason (<c>stop</c>, <c>length</c>, …), if given.</param>
/// <param name="CreatedUtc">When the row was written.</param>
public sealed record GenerationRecord(
    string Key,
    string RunId,
    string Task,
    string SampleId,
    string Language,
    int SampleIndex,
    string Model,
    long? Seed,
    string PromptJson,
    string? Text,
    long? InputTokens,
    long? OutputTokens,
    double LatencyMilliseconds,
    int Attempts,
    GenerationStatus Status,
    string? FailureReason,
    string? FinishReason,
    DateTimeOffset CreatedUtc)
{
    /// <summary>The sample's metadata as a JSON object of strings (for grouping, e.g. by <c>harm_category</c>), or <see langword="null"/>.</summary>
    public string? MetadataJson { get; init; }
}
