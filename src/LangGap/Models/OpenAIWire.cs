using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace LangGap.Models;

/// <summary>Writes OpenAI-compatible request bodies and reads response bodies.</summary>
internal static class OpenAIWire
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] WriteChatRequest(string model, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            json.WriteStartObject();
            json.WriteString("model", model);
            json.WriteStartArray("messages");
            foreach (var message in messages)
            {
                json.WriteStartObject();
                json.WriteString("role", message.Role.Value);
                json.WriteString("content", message.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteOptions(json, options, extraStops: []);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] WriteCompletionRequest(string model, string prompt, ChatOptions? options, IReadOnlyList<string> templateStops)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            json.WriteStartObject();
            json.WriteString("model", model);
            json.WriteString("prompt", prompt);
            WriteOptions(json, options, templateStops);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteOptions(Utf8JsonWriter json, ChatOptions? options, IReadOnlyList<string> extraStops)
    {
        var stops = new List<string>(extraStops);
        if (options?.StopSequences is { } requested)
        {
            stops.AddRange(requested.Where(s => !stops.Contains(s)));
        }
        if (stops.Count > 0)
        {
            json.WriteStartArray("stop");
            stops.ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }
        if (options is null)
        {
            return;
        }
        if (options.Temperature is { } temperature) json.WriteNumber("temperature", temperature);
        if (options.TopP is { } topP) json.WriteNumber("top_p", topP);
        if (options.TopK is { } topK) json.WriteNumber("top_k", topK);
        if (options.MaxOutputTokens is { } maxTokens) json.WriteNumber("max_tokens", maxTokens);
        if (options.Seed is { } seed) json.WriteNumber("seed", seed);
        if (options.FrequencyPenalty is { } frequency) json.WriteNumber("frequency_penalty", frequency);
        if (options.PresencePenalty is { } presence) json.WriteNumber("presence_penalty", presence);
        if (options.AdditionalProperties is { } extra)
        {
            foreach (var (name, value) in extra.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (!name.StartsWith(ChatOptionKeys.Prefix, StringComparison.Ordinal))
                {
                    json.WritePropertyName(name);
                    CanonicalJson.WriteValue(json, value);
                }
            }
        }
    }

    /// <summary>Reads the first choice of a chat or completion response.</summary>
    /// <exception cref="ModelResponseException">The body is not JSON or lacks a choice with text.</exception>
    public static ChatResponse ReadResponse(ReadOnlySpan<byte> body, IReadOnlyList<string> templateStops)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("choices", out var choices)
                || choices.ValueKind != JsonValueKind.Array
                || choices.GetArrayLength() == 0)
            {
                throw new ModelResponseException("The server's response has no 'choices'.");
            }
            var choice = choices[0];
            string? text = null;
            if (choice.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("content", out var content))
            {
                text = content.ValueKind == JsonValueKind.Null ? "" : content.GetString();
            }
            else if (choice.TryGetProperty("text", out var completion))
            {
                text = completion.GetString();
            }
            if (text is null)
            {
                throw new ModelResponseException("The server's first choice has neither 'message.content' nor 'text'.");
            }
            text = CutStop(text, templateStops);
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, text));
            if (choice.TryGetProperty("finish_reason", out var finish) && finish.ValueKind == JsonValueKind.String)
            {
                response.FinishReason = new ChatFinishReason(finish.GetString()!);
            }
            if (root.TryGetProperty("model", out var model) && model.ValueKind == JsonValueKind.String)
            {
                response.ModelId = model.GetString();
            }
            if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                response.ResponseId = id.GetString();
            }
            if (root.TryGetProperty("usage", out var usage) && usage.ValueKind == JsonValueKind.Object)
            {
                response.Usage = new UsageDetails
                {
                    InputTokenCount = ReadCount(usage, "prompt_tokens"),
                    OutputTokenCount = ReadCount(usage, "completion_tokens"),
                    TotalTokenCount = ReadCount(usage, "total_tokens"),
                };
            }
            return response;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new ModelResponseException("The server's response is not valid completion JSON.", e);
        }
    }

    private static long? ReadCount(JsonElement usage, string name) =>
        usage.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var count)
            ? count
            : null;

    private static string CutStop(string text, IReadOnlyList<string> stops)
    {
        foreach (var stop in stops)
        {
            var at = text.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0)
            {
                text = text[..at];
            }
        }
        return text;
    }
}
