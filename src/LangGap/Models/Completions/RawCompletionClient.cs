using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Polly;

namespace LangGap.Models.Completions;

/// <summary>A client for an OpenAI-compatible raw-completion endpoint (<c>/v1/completions</c>) that vLLM, SGLang, TGI and llama.cpp serve.</summary>
/// <remarks>
/// The caller owns the prompt string — chat template, thinking markers, a forced continuation — and gets back the text,
/// why it ended, the server's token counts and, when asked, log-probabilities of the continuation (<c>logprobs</c>),
/// of the echoed prompt (<c>echo</c>) and vLLM's <c>prompt_logprobs</c>. Transient failures are retried with the same
/// policy as <see cref="RetryingChatClient"/>; a call that fails for good throws <see cref="ModelCallException"/>. The API
/// key never appears in an error message.
/// </remarks>
public sealed class RawCompletionClient : IDisposable
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly OpenAIHttpTransport _transport;
    private readonly Uri _requestUri;
    private readonly ResiliencePipeline _pipeline;
    private readonly RetryOptions _retry;

    /// <summary>Creates a client for <paramref name="model"/> served at <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The server and the name of the variable holding its key.</param>
    /// <param name="model">The model name the server knows (sent as <c>model</c>).</param>
    /// <param name="retry">The retry policy; <see langword="null"/> for the defaults of <see cref="RetryOptions"/>.</param>
    /// <param name="httpClient">A shared client; when <see langword="null"/> the instance creates and owns one.</param>
    /// <param name="environment">Reads environment variables; defaults to <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    /// <param name="timeProvider">The clock of the retry delays and timeouts.</param>
    /// <exception cref="InvalidInputException">The endpoint names a key variable that is not set.</exception>
    /// <exception cref="ArgumentException">The retry options are invalid.</exception>
    public RawCompletionClient(
        OpenAIEndpoint endpoint,
        string model,
        RetryOptions? retry = null,
        HttpClient? httpClient = null,
        Func<string, string?>? environment = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        _retry = retry ?? new RetryOptions();
        var problems = _retry.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid retry options: " + string.Join(" ", problems), nameof(retry));
        }
        Model = model;
        Endpoint = endpoint;
        _transport = new OpenAIHttpTransport(endpoint, httpClient, environment, timeProvider);
        _requestUri = new Uri(_transport.Root, "completions");
        _pipeline = RetryingChatClient.BuildPipeline(_retry, timeProvider);
    }

    /// <summary>The model name sent with every request.</summary>
    public string Model { get; }

    /// <summary>The server.</summary>
    public OpenAIEndpoint Endpoint { get; }

    /// <summary>Sends <paramref name="request"/> and returns the first choice.</summary>
    /// <exception cref="ModelCallException">The server failed for good (after retries) or answered with an unusable body.</exception>
    public async Task<CompletionResult> CompleteAsync(CompletionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.MaxTokens);
        var body = WriteRequest(Model, request);
        var attempts = 0;
        try
        {
            return await _pipeline.ExecuteAsync(
                async token =>
                {
                    Interlocked.Increment(ref attempts);
                    var bytes = await _transport.PostAsync(_requestUri, body, token).ConfigureAwait(false);
                    return ReadResponse(bytes);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModelCallException(_transport.Redact(
                $"Gave up after {attempts} attempt{(attempts == 1 ? "" : "s")}: {RetryingChatClient.Describe(e, _retry)}"), attempts, e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _transport.Dispose();

    internal static byte[] WriteRequest(string model, CompletionRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + request.Prompt.Length);
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            json.WriteStartObject();
            json.WriteString("model", model);
            json.WriteString("prompt", request.Prompt);
            json.WriteNumber("max_tokens", request.MaxTokens);
            json.WriteNumber("temperature", request.Temperature);
            if (request.Stop.Count > 0)
            {
                json.WriteStartArray("stop");
                foreach (var stop in request.Stop)
                {
                    json.WriteStringValue(stop);
                }
                json.WriteEndArray();
            }
            if (request.Seed is { } seed) json.WriteNumber("seed", seed);
            if (request.Echo) json.WriteBoolean("echo", true);
            if (request.Logprobs is { } logprobs) json.WriteNumber("logprobs", logprobs);
            if (request.PromptLogprobs is { } promptLogprobs) json.WriteNumber("prompt_logprobs", promptLogprobs);
            foreach (var (name, value) in request.Extra.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WritePropertyName(name);
                JsonSerializer.Serialize(json, value);
            }
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    internal static CompletionResult ReadResponse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (!root.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0)
            {
                throw new ModelResponseException("The completion response has no 'choices'.");
            }
            var choice = choices[0];
            var text = choice.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : throw new ModelResponseException("The completion response's first choice has no 'text'.");
            var finish = choice.TryGetProperty("finish_reason", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : "unknown";
            var stopString = choice.TryGetProperty("stop_reason", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            int? promptTokens = null, completionTokens = null;
            if (root.TryGetProperty("usage", out var usage) && usage.ValueKind == JsonValueKind.Object)
            {
                promptTokens = CountOf(usage, "prompt_tokens");
                completionTokens = CountOf(usage, "completion_tokens");
            }
            var tokens = choice.TryGetProperty("logprobs", out var lp) && lp.ValueKind == JsonValueKind.Object ? ReadTokens(lp) : null;
            var promptLogprobs = choice.TryGetProperty("prompt_logprobs", out var plp) && plp.ValueKind == JsonValueKind.Array
                ? ReadPromptLogprobs(plp)
                : root.TryGetProperty("prompt_logprobs", out var rootPlp) && rootPlp.ValueKind == JsonValueKind.Array ? ReadPromptLogprobs(rootPlp) : null;
            return new CompletionResult(text, finish, promptTokens, completionTokens, tokens, promptLogprobs, stopString);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new ModelResponseException("The completion response is not valid JSON of the expected shape: " + e.Message, e);
        }
    }

    private static int? CountOf(JsonElement usage, string name) =>
        usage.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    private static List<CompletionToken> ReadTokens(JsonElement logprobs)
    {
        if (!logprobs.TryGetProperty("tokens", out var tokens) || tokens.ValueKind != JsonValueKind.Array)
        {
            throw new ModelResponseException("The completion response's 'logprobs' has no 'tokens' array.");
        }
        var values = logprobs.TryGetProperty("token_logprobs", out var v) && v.ValueKind == JsonValueKind.Array ? v : default;
        var offsets = logprobs.TryGetProperty("text_offset", out var o) && o.ValueKind == JsonValueKind.Array ? o : default;
        var result = new List<CompletionToken>(tokens.GetArrayLength());
        var i = 0;
        foreach (var token in tokens.EnumerateArray())
        {
            double? logprob = values.ValueKind == JsonValueKind.Array && i < values.GetArrayLength() && values[i].ValueKind == JsonValueKind.Number ? values[i].GetDouble() : null;
            int? offset = offsets.ValueKind == JsonValueKind.Array && i < offsets.GetArrayLength() && offsets[i].ValueKind == JsonValueKind.Number ? offsets[i].GetInt32() : null;
            result.Add(new CompletionToken(token.GetString() ?? "", logprob, offset));
            i++;
        }
        return result;
    }

    private static List<IReadOnlyList<PromptTokenCandidate>?> ReadPromptLogprobs(JsonElement positions)
    {
        var result = new List<IReadOnlyList<PromptTokenCandidate>?>(positions.GetArrayLength());
        foreach (var position in positions.EnumerateArray())
        {
            if (position.ValueKind != JsonValueKind.Object)
            {
                result.Add(null);
                continue;
            }
            var candidates = new List<PromptTokenCandidate>();
            foreach (var candidate in position.EnumerateObject())
            {
                var id = int.Parse(candidate.Name, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture);
                var value = candidate.Value;
                var (logprob, rank, decoded) = value.ValueKind == JsonValueKind.Number
                    ? (value.GetDouble(), (int?)null, (string?)null)
                    : (value.GetProperty("logprob").GetDouble(),
                       value.TryGetProperty("rank", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetInt32() : (int?)null,
                       value.TryGetProperty("decoded_token", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null);
                candidates.Add(new PromptTokenCandidate(id, logprob, rank, decoded));
            }
            result.Add(candidates);
        }
        return result;
    }
}
