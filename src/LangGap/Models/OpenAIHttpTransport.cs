using System.Net.Http.Headers;
using System.Text;

namespace LangGap.Models;

/// <summary>Posts one JSON body to an OpenAI-compatible server: the bearer key, the error mapping and the key redaction shared by every client.</summary>
/// <remarks>
/// HTTP errors surface as <see cref="ModelHttpException"/> (with the server's <c>Retry-After</c>), network failures as the
/// <see cref="HttpRequestException"/> or <see cref="IOException"/> that caused them. The API key is read once from the named
/// environment variable and is removed from every error message.
/// </remarks>
internal sealed class OpenAIHttpTransport : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly string? _apiKey;
    private readonly TimeProvider _time;

    public OpenAIHttpTransport(OpenAIEndpoint endpoint, HttpClient? httpClient, Func<string, string?>? environment, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _time = timeProvider ?? TimeProvider.System;
        _ownsHttp = httpClient is null;
        _http = httpClient ?? OpenAICompatibleChatClient.CreateHttpClient();
        Root = new Uri(endpoint.BaseUrl.AbsoluteUri.TrimEnd('/') + "/");
        if (endpoint.ApiKeyVariable is { } variable)
        {
            _apiKey = (environment ?? Environment.GetEnvironmentVariable)(variable);
            if (string.IsNullOrEmpty(_apiKey))
            {
                throw new InvalidInputException($"The environment variable '{variable}' that should hold the API key for {endpoint.BaseUrl} is not set.");
            }
        }
    }

    /// <summary>The API root, ending in a slash.</summary>
    public Uri Root { get; }

    /// <summary>Posts <paramref name="body"/> to <paramref name="uri"/> and returns the body of a successful answer.</summary>
    public async Task<byte[]> PostAsync(Uri uri, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
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
                $"{uri.Authority} answered {(int)response.StatusCode} {response.ReasonPhrase}: {Snippet(bytes)}"));
        }
        return bytes;
    }

    /// <summary>Removes the API key from <paramref name="message"/>.</summary>
    public string Redact(string message) =>
        _apiKey is null ? message : message.Replace(_apiKey, "***", StringComparison.Ordinal);

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
}
