using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace LangGap.Bench;

/// <summary>An IChatClient that answers at once without I/O, to measure the runner and store alone.</summary>
internal sealed class InstantChatClient(string answer) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)) { Usage = new UsageDetails { InputTokenCount = 12, OutputTokenCount = 6 } });

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates()) yield return update;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() { }
}
