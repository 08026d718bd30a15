namespace LangGap.Models;

/// <summary>The raw shape of a models file (JSON or YAML, snake_case keys), before validation.</summary>
internal sealed class ModelsFileDocument
{
    public string? CacheDir { get; set; }

    public List<ModelEntryDocument>? Models { get; set; }
}

/// <summary>One raw <c>models</c> entry.</summary>
internal sealed class ModelEntryDocument
{
    public string? Id { get; set; }
    public string? Model { get; set; }
    public string? Api { get; set; }
    public string? Template { get; set; }
    public bool? TemplateBos { get; set; }
    public string? ApiKeyEnv { get; set; }

    /// <summary>Read only to reject it: keys belong in environment variables.</summary>
    public string? ApiKey { get; set; }

    public List<EndpointDocument>? Endpoints { get; set; }
    public string? Url { get; set; }
    public int? MaxConcurrency { get; set; }
    public float? Temperature { get; set; }
    public int? MaxTokens { get; set; }
    public float? TopP { get; set; }
    public string? PromptLogprobs { get; set; }
    public double? TimeoutSeconds { get; set; }
    public int? MaxRetries { get; set; }
    public double? RetryBaseDelaySeconds { get; set; }
    public double? RetryMaxDelaySeconds { get; set; }
}

/// <summary>One raw endpoint of a model.</summary>
internal sealed class EndpointDocument
{
    public string? Url { get; set; }
    public string? ApiKeyEnv { get; set; }
    public string? ApiKey { get; set; }
    public int? MaxConcurrency { get; set; }
}
