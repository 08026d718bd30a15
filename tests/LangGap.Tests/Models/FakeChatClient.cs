using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Models;

/// <summary>A hand-written IChatClient whose answers come from a callback.</summary>
public sealed class FakeChatClient(Func<IReadOnlyList<ChatMessage>, ChatOptions?, CancellationToken, Task<ChatResponse>> respond) : IChatClient
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public static FakeChatClient Answering(Func<IReadOnlyList<ChatMessage>, string> answer) =>
        new((messages, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer(messages)))));

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return respond([.. messages], options, cancellationToken);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates()) yield return update;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() { }
}
