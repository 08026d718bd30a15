using LangGap.Models.ChatTemplates;

namespace LangGap.Models;

/// <summary>Checks one raw models-file entry, adding every problem to a shared list.</summary>
internal static class ModelEntryValidator
{
    public static ModelDefinition? Validate(ModelEntryDocument entry, string where, List<string> problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(entry.Id))
        {
            problems.Add($"{where}: 'id' is required");
        }
        if (entry.ApiKey is not null || entry.Endpoints?.Any(e => e.ApiKey is not null) == true)
        {
            problems.Add($"{where}: 'api_key' is not allowed; put the key in an environment variable and name it with 'api_key_env'");
        }
        var api = (entry.Api ?? "chat").ToLowerInvariant();
        if (api is not ("chat" or "completions"))
        {
            problems.Add($"{where}: 'api' must be 'chat' or 'completions'; found '{entry.Api}'");
        }
        if (api == "completions" && entry.Template is null)
        {
            problems.Add($"{where}: 'template' is required when 'api' is 'completions' (one of {string.Join(", ", ChatTemplateCatalog.Names)})");
        }
        if (entry.Template is { } template && ChatTemplateCatalog.Find(template) is null)
        {
            problems.Add($"{where}: 'template' must be one of {string.Join(", ", ChatTemplateCatalog.Names)}; found '{template}'");
        }
        var endpoints = ValidateEndpoints(entry, where, problems);
        if (entry.Temperature is < 0) problems.Add($"{where}: 'temperature' must be 0 or more; found {entry.Temperature}");
        if (entry.TopP is <= 0 or > 1) problems.Add($"{where}: 'top_p' must be in (0, 1]; found {entry.TopP}");
        if (entry.MaxTokens is < 1) problems.Add($"{where}: 'max_tokens' must be at least 1; found {entry.MaxTokens}");
        var retry = new RetryOptions
        {
            MaxRetries = entry.MaxRetries ?? 5,
            AttemptTimeout = entry.TimeoutSeconds is { } seconds && seconds > 0 ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromSeconds(120),
            BaseDelay = Seconds(entry.RetryBaseDelaySeconds, 1),
            MaxDelay = Seconds(entry.RetryMaxDelaySeconds, 30),
        };
        if (entry.RetryBaseDelaySeconds is < 0) problems.Add($"{where}: 'retry_base_delay_seconds' must not be negative; found {entry.RetryBaseDelaySeconds}");
        if (entry.TimeoutSeconds is <= 0) problems.Add($"{where}: 'timeout_seconds' must be positive; found {entry.TimeoutSeconds}");
        problems.AddRange(retry.Validate().Select(p => $"{where}: {p.TrimEnd('.')}"));
        var promptLogprobs = (entry.PromptLogprobs ?? "none").ToLowerInvariant() switch
        {
            "none" => LogLikelihood.PromptLogprobsMethod.None,
            "echo" => LogLikelihood.PromptLogprobsMethod.Echo,
            "vllm" => LogLikelihood.PromptLogprobsMethod.Vllm,
            _ => (LogLikelihood.PromptLogprobsMethod?)null,
        };
        if (promptLogprobs is null) problems.Add($"{where}: 'prompt_logprobs' must be 'echo', 'vllm' or 'none'; found '{entry.PromptLogprobs}'");
        if (problems.Count > before)
        {
            return null;
        }
        return new ModelDefinition(
            entry.Id!, entry.Model ?? entry.Id!, endpoints,
            api == "completions" ? entry.Template!.ToLowerInvariant() : null,
            entry.TemplateBos ?? true, retry, entry.Temperature, entry.MaxTokens, entry.TopP)
        {
            PromptLogprobs = promptLogprobs!.Value,
        };
    }

    private static TimeSpan Seconds(double? value, double fallback) =>
        TimeSpan.FromSeconds(value is { } v && double.IsFinite(v) && v >= 0 && v < 86_400 ? v : fallback);

    private static List<OpenAIEndpoint> ValidateEndpoints(ModelEntryDocument entry, string where, List<string> problems)
    {
        var raw = entry.Endpoints ?? [];
        if (entry.Url is not null)
        {
            raw = [.. raw, new EndpointDocument { Url = entry.Url, MaxConcurrency = entry.MaxConcurrency }];
        }
        if (raw.Count == 0)
        {
            problems.Add($"{where}: give 'url' or at least one entry in 'endpoints'");
        }
        var endpoints = new List<OpenAIEndpoint>();
        for (var j = 0; j < raw.Count; j++)
        {
            var endpoint = raw[j];
            if (!Uri.TryCreate(endpoint.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                problems.Add($"{where}: endpoints[{j}]: 'url' must be an absolute http(s) URL; found '{endpoint.Url}'");
                continue;
            }
            if (!string.IsNullOrEmpty(url.UserInfo))
            {
                problems.Add($"{where}: endpoints[{j}]: the URL must not carry credentials; use 'api_key_env'");
                continue;
            }
            var limit = endpoint.MaxConcurrency ?? entry.MaxConcurrency ?? 16;
            if (limit < 1)
            {
                problems.Add($"{where}: endpoints[{j}]: 'max_concurrency' must be at least 1; found {limit}");
            }
            endpoints.Add(new OpenAIEndpoint(url, endpoint.ApiKeyEnv ?? entry.ApiKeyEnv, Math.Max(limit, 1)));
        }
        return endpoints;
    }
}
