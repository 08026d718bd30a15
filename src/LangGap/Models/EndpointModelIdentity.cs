using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace LangGap.Models;

/// <summary>The identity of a model served over the OpenAI-compatible protocol: what the server is asked for and with
/// which settings, independent of LangGap's name for it and of where it is served.</summary>
/// <remarks>
/// The identity is <c>endpoint:</c>, the served model name, and a hash of every setting of the models-file entry that
/// changes what comes back: the API (chat or raw completions with its template and BOS flag) and the generation defaults
/// (temperature, top-p, max tokens). Server addresses, concurrency, retries and credentials are not part of it: the same
/// model behind another load balancer is the same model. Two entries that differ only in their id have one identity,
/// so their cached responses are shared.
/// </remarks>
public static class EndpointModelIdentity
{
    /// <summary>The prefix of every endpoint model identity.</summary>
    public const string Prefix = "endpoint:";

    /// <summary>Computes the identity of <paramref name="model"/>.</summary>
    public static string Of(ModelDefinition model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("api", model.Template is null ? "chat" : "completions");
            if (model.Template is { } template)
            {
                json.WriteString("template", template);
                json.WriteBoolean("template_includes_bos", model.TemplateIncludesBos);
            }
            if (model.Temperature is { } temperature) json.WriteNumber("temperature", temperature);
            if (model.TopP is { } topP) json.WriteNumber("top_p", topP);
            if (model.MaxTokens is { } maxTokens) json.WriteNumber("max_tokens", maxTokens);
            json.WriteEndObject();
        }
        var settings = Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan))[..16];
        return $"{Prefix}{model.ServedModel}#{settings}";
    }
}
