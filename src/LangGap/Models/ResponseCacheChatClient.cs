using System.Text.Json;
using Microsoft.Extensions.AI;

namespace LangGap.Models;

/// <summary>A content-addressed response cache on disk: a request seen before is answered from its file.</summary>
/// <remarks>
/// The file name is the request's <see cref="ChatRequestKey"/> (model identity, messages, options, seed, sample index),
/// stored as <c>directory/ab/abcdef….json</c>. Only successful responses are cached. Entries are written to a
/// temporary file and renamed into place, so a killed process leaves either a whole entry or none; an entry that
/// cannot be read is ignored and replaced. Entries hold the response text, finish reason, model and token counts —
/// never a request header, so never a credential. Cache hits carry <see cref="ChatOptionKeys.CacheHit"/>.
/// </remarks>
public sealed class ResponseCacheChatClient : DelegatingChatClient
{
    private readonly string _directory;
    private readonly string _modelId;

    /// <summary>Caches responses of <paramref name="innerClient"/> for the model with identity <paramref name="modelId"/>
    /// (for example <see cref="EndpointModelIdentity.Of"/>) under <paramref name="directory"/>.</summary>
    public ResponseCacheChatClient(IChatClient innerClient, string directory, string modelId)
        : base(innerClient)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        _directory = directory;
        _modelId = modelId;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var key = ChatRequestKey.Compute(_modelId, list, options);
        var path = Path.Combine(_directory, key[..2], key + ".json");
        if (await TryReadAsync(path, cancellationToken).ConfigureAwait(false) is { } cached)
        {
            return cached;
        }
        var response = await InnerClient.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        await WriteAsync(path, response, cancellationToken).ConfigureAwait(false);
        return response;
    }

    private static async Task<ChatResponse?> TryReadAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        try
        {
            var entry = JsonSerializer.Deserialize(bytes, CacheEntryJsonContext.Default.CacheEntry);
            if (entry?.Text is null)
            {
                return null;
            }
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, entry.Text))
            {
                ModelId = entry.Model,
                FinishReason = entry.FinishReason is null ? null : new ChatFinishReason(entry.FinishReason),
                Usage = new UsageDetails { InputTokenCount = entry.InputTokens, OutputTokenCount = entry.OutputTokens, TotalTokenCount = entry.TotalTokens },
                AdditionalProperties = new() { [ChatOptionKeys.CacheHit] = true, [ChatOptionKeys.Attempts] = 0 },
            };
            return response;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task WriteAsync(string path, ChatResponse response, CancellationToken cancellationToken)
    {
        var entry = new CacheEntry(
            response.Text, response.FinishReason?.Value, response.ModelId,
            response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, response.Usage?.TotalTokenCount);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, JsonSerializer.SerializeToUtf8Bytes(entry, CacheEntryJsonContext.Default.CacheEntry), cancellationToken)
            .ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}
