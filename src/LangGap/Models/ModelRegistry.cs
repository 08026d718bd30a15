using LangGap.Models.ChatTemplates;
using Microsoft.Extensions.AI;

namespace LangGap.Models;

/// <summary>Builds the middleware stack for each model of a models file and hands out one <see cref="IChatClient"/> per model id.</summary>
/// <remarks>
/// Per model: response cache (when a cache directory is set) → usage recording → retries with per-attempt timeout →
/// least-outstanding load balancer → per-endpoint concurrency limit → OpenAI-compatible server. Clients are built
/// once and shared; dispose the registry to release them.
/// </remarks>
public sealed class ModelRegistry : IDisposable
{
    private readonly Dictionary<string, IChatClient> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (LogLikelihood.EndpointLogLikelihoodModel Model, Completions.RawCompletionClient Client)> _logLikelihood = new(StringComparer.Ordinal);
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>Creates clients for every model in <paramref name="file"/>.</summary>
    /// <param name="file">The validated models file.</param>
    /// <param name="usage">Receives usage and latency of every call; a new meter when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for retries, timeouts and latency.</param>
    /// <param name="environment">Reads API keys from environment variables; the process environment when <see langword="null"/>.</param>
    /// <param name="httpClient">A shared HTTP client; created and owned when <see langword="null"/>.</param>
    /// <exception cref="InvalidInputException">A model's API key variable is not set.</exception>
    public ModelRegistry(
        ModelsFile file,
        UsageMeter? usage = null,
        TimeProvider? timeProvider = null,
        Func<string, string?>? environment = null,
        HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        File = file;
        Usage = usage ?? new UsageMeter();
        _ownsHttp = httpClient is null;
        _http = httpClient ?? OpenAICompatibleChatClient.CreateHttpClient();
        foreach (var model in file.Models)
        {
            _clients[model.Id] = Build(model, file.CacheDirectory, timeProvider, environment);
            if (model.PromptLogprobs != LogLikelihood.PromptLogprobsMethod.None)
            {
                // Log-likelihoods go to the first endpoint's raw completions API; retries as for chat calls.
                var raw = new Completions.RawCompletionClient(model.Endpoints[0], model.ServedModel, model.Retry, _http, environment, timeProvider);
                _logLikelihood[model.Id] = (new LogLikelihood.EndpointLogLikelihoodModel(raw, model.PromptLogprobs), raw);
            }
        }
    }

    /// <summary>The models file the registry was built from.</summary>
    public ModelsFile File { get; }

    /// <summary>Usage and latency totals over every model.</summary>
    public UsageMeter Usage { get; }

    /// <summary>The model ids, in file order.</summary>
    public IReadOnlyList<string> ModelIds => [.. File.Models.Select(m => m.Id)];

    /// <summary>Returns the client for model <paramref name="id"/>.</summary>
    /// <exception cref="InvalidInputException">No model has that id.</exception>
    public IChatClient GetClient(string id) =>
        _clients.TryGetValue(id, out var client) ? client : throw new InvalidInputException(
            $"No model '{id}' in the models file; known: {string.Join(", ", _clients.Keys.Select(k => $"'{k}'"))}.");

    /// <summary>The log-likelihood scorer of model <paramref name="id"/>, or <see langword="null"/> when its models-file
    /// entry gives no <c>prompt_logprobs</c> method (a chat-only endpoint).</summary>
    public LogLikelihood.ILogLikelihoodModel? GetLogLikelihood(string id) => _logLikelihood.TryGetValue(id, out var entry) ? entry.Model : null;

    /// <summary>The identity of model <paramref name="id"/> (<see cref="EndpointModelIdentity"/>): the key of its generations.</summary>
    /// <exception cref="InvalidInputException">No model has that id.</exception>
    public string IdentityOf(string id) => EndpointModelIdentity.Of(File.Get(id));

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        foreach (var (_, raw) in _logLikelihood.Values)
        {
            raw.Dispose();
        }
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private IChatClient Build(ModelDefinition model, string? cacheDirectory, TimeProvider? timeProvider, Func<string, string?>? environment)
    {
        var template = model.Template is null ? null : ChatTemplateCatalog.Find(model.Template, model.TemplateIncludesBos);
        var endpoints = model.Endpoints
            .Select(e => (IChatClient)new ConcurrencyLimitingChatClient(
                new OpenAICompatibleChatClient(e, model.ServedModel, template, _http, environment, timeProvider), e.MaxConcurrency))
            .ToList();
        var builder = new ChatClientBuilder(endpoints.Count == 1 ? endpoints[0] : new LoadBalancingChatClient(endpoints));
        if (cacheDirectory is not null)
        {
            // Keyed by the served model and its settings, not by the id: renaming an entry keeps its cache, and a
            // changed model name or setting never gets an old response back.
            builder.UseResponseCache(cacheDirectory, EndpointModelIdentity.Of(model));
        }
        return builder
            .UseUsageRecording(Usage, timeProvider)
            .UseRetries(model.Retry, timeProvider)
            .Build();
    }
}
