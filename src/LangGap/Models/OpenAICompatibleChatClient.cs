using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using LangGap.Models.ChatTemplates;
using Microsoft.Extensions.AI;

namespace LangGap.Models;

/// <summary>An <see cref="IChatClient"/> for one OpenAI-compatible server: <c>/chat/completions</c>, or <c>/completions</c> with a chat template.</summary>
/// <remarks>
/// The client is deliberately lean — one JSON body written with <c>Utf8JsonWriter</c>, one parsed with
/// <c>JsonDocument</c> — and adds no policy of its own: retries, timeouts, limits and caching are decorators.
/// HTTP errors surface as <see cref="ModelHttpException"/>, unusable bodies as <see cref="ModelResponseException"/>,
/// network failures as the <see cref="HttpRequestException"/> or <see cref="IOException"/> that caused them.
/// The API key is read once from the named environment variable and is removed from every error message.
/// Streaming returns the complete response as a single update.
/// </remarks>
public sealed class OpenAICompatibleChatClient : IChatClient
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Uri _requestUri;
    private readonly string _model;
    private readonly IChatTemplate? _template;
    private readonly string? _apiKey;
    private readonly ChatClientMetadata _metadata;
    private readonly TimeProvider _time;

    /// <summary>Creates a client for <paramref name="model"/> served at <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The server and the name of the variable holding its key.</param>
    /// <param name="model">The model name the server knows (sent as <c>model</c>).</param>
    /// <param name="template">A chat template to use the raw <c>/completions</c> API; <see langword="null"/> for <c>/chat/completions</c>.</param>
    /// <param name="httpClient">A shared client; when <see langword="null"/> the instance creates and owns one.</param>
    /// <param name="environment">Reads environment variables; defaults to <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    /// <param name="timeProvider">The clock used to turn a <c>Retry-After</c> date into a delay.</param>
    /// <exception cref="InvalidInputException">The endpoint names a key variable that is not set.</exception>
    public OpenAICompatibleChatClient(
        OpenAIEndpoint endpoint,
        string model,
        IChatTemplate? template = null,
        HttpClient? httpClient = null,
        Func<string, string?>? environment = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        _model = model;
        _template = template;
        _time = timeProvider ?? TimeProvider.System;
        _ownsHttp = httpClient is null;
        _http = httpClient ?? CreateHttpClient();
        var root = endpoint.BaseUrl.AbsoluteUri.TrimEnd('/') + "/";
        _requestUri = new Uri(new Uri(root), template is null ? "chat/completions" : "completions");
        if (endpoint.ApiKeyVariable is { } variable)
        {
            _apiKey = (environment ?? Environment.GetEnvironmentVariable)(variable);
            if (string.IsNullOrEmpty(_apiKey))
            {
                throw new InvalidInputException($"The environment variable '{variable}' that should hold the API key for {endpoint.BaseUrl} is not set.");
            }
        }
        _metadata = new ChatClientMetadata("openai-compatible", endpoint.BaseUrl, model);
    }

    /// <summary>Creates an <see cref="HttpClient"/> suited to many concurrent requests to few servers.</summary>
    /// <remarks>No client-side timeout: the request timeout is a decorator driven by a <see cref="TimeProvider"/>.</remarks>
    public static HttpClient CreateHttpClient() =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var model = options?.ModelId ?? _model;
        var body = _template is null
            ? OpenAIWire.WriteChatRequest(model, messages, options)
            : OpenAIWire.WriteCompletionRequest(model, _template.Render(messages as IReadOnlyList<ChatMessage> ?? [.. messages]), options, _template.StopSequences);
        using var request = new HttpRequestMessage(HttpMethod.Post, _requestUri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (_apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        }
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new ModelHttpException(response.StatusCode, RetryAfterOf(response), Redact(
                $"{_requestUri.Authority} answered {(int)response.StatusCode} {response.ReasonPhrase}: {Snippet(bytes)}"));
        }
        return OpenAIWire.ReadResponse(bytes, _template?.StopSequences ?? []);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? _metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };

    private static string Snippet(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200)).ReplaceLineEndings(" ");
        return text.Length == 0 ? "(empty body)" : text;
    }

    private string Redact(string message) =>
        _apiKey is null ? message : message.Replace(_apiKey, "***", StringComparison.Ordinal);
}
