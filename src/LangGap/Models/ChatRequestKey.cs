using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace LangGap.Models;

/// <summary>The content address of one generation request, shared by the response cache, the run store and resume.</summary>
/// <remarks>
/// The key is the lower-case hex SHA-256 of a canonical JSON document holding the model's identity (what the model is,
/// not what it is called: a hash of a local model's weights and tokenizer, or an endpoint model's served name and
/// settings — see <see cref="EndpointModelIdentity"/>), every message (role and text), every generation option that
/// changes the output (LangGap's own entries excluded), the seed and the sample index. Credentials are not part of a request and so can never reach a key. Changing any input changes the key;
/// the same inputs give the same key on every machine.
/// </remarks>
public static class ChatRequestKey
{
    /// <summary>The version of the canonical form; bumping it invalidates every cache entry.</summary>
    public const int Version = 1;

    /// <summary>Computes the key of a request to the model with identity <paramref name="modelId"/>; <paramref name="options"/>'
    /// seed and sample index entry are part of it.</summary>
    public static string Compute(string modelId, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentNullException.ThrowIfNull(messages);
        return Convert.ToHexStringLower(SHA256.HashData(CanonicalBytes(modelId, messages, options)));
    }

    /// <summary>The canonical JSON that <see cref="Compute"/> hashes (exposed for diagnostics and tests).</summary>
    public static byte[] CanonicalBytes(string modelId, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            json.WriteString("model", options?.ModelId ?? modelId);
            json.WriteStartArray("messages");
            foreach (var message in messages)
            {
                json.WriteStartArray();
                json.WriteStringValue(message.Role.Value);
                json.WriteStringValue(message.Text);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            WriteOptions(json, options);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads the sample index LangGap put into <paramref name="options"/>, or 0.</summary>
    public static int SampleIndexOf(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(ChatOptionKeys.SampleIndex, out var value) == true
            ? Convert.ToInt32(value, CultureInfo.InvariantCulture)
            : 0;

    private static void WriteOptions(Utf8JsonWriter json, ChatOptions? options)
    {
        json.WriteStartObject("options");
        if (options is not null)
        {
            WriteNumber(json, "temperature", options.Temperature);
            WriteNumber(json, "top_p", options.TopP);
            WriteNumber(json, "top_k", options.TopK);
            WriteNumber(json, "max_tokens", options.MaxOutputTokens);
            WriteNumber(json, "frequency_penalty", options.FrequencyPenalty);
            WriteNumber(json, "presence_penalty", options.PresencePenalty);
            if (options.Instructions is { } instructions) json.WriteString("instructions", instructions);
            if (options.StopSequences is { Count: > 0 } stops)
            {
                json.WriteStartArray("stop");
                foreach (var stop in stops) json.WriteStringValue(stop);
                json.WriteEndArray();
            }
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
        json.WriteEndObject();
        if (options?.Seed is { } seed) json.WriteNumber("seed", seed);
        else json.WriteNull("seed");
        json.WriteNumber("sample_index", SampleIndexOf(options));
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, float? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
    }
}
