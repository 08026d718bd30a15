using System.Runtime.CompilerServices;
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
    private readonly OpenAIHttpTransport _transport;
    private readonly Uri _requestUri;
    private readonly string _model;
    private readonly IChatTemplate? _template;
    private readonly ChatClientMetadata _metadata;

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
        _transport = new OpenAIHttpTransport(endpoint, httpClient, environment, timeProvider);
        _requestUri = new Uri(_transport.Root, template is null ? "chat/completions" : "completions");
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
        var bytes = await _transport.PostAsync(_requestUri, body, cancellationToken).ConfigureAwait(false);
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
    public void Dispose() => _transport.Dispose();
}
