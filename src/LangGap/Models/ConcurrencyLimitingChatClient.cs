using Microsoft.Extensions.AI;

namespace LangGap.Models;

/// <summary>Keeps at most a fixed number of requests in flight through the inner client (one server's limit).</summary>
public sealed class ConcurrencyLimitingChatClient : DelegatingChatClient
{
    private readonly SemaphoreSlim _slots;

    /// <summary>Wraps <paramref name="innerClient"/>, allowing <paramref name="maxConcurrency"/> calls at once.</summary>
    public ConcurrencyLimitingChatClient(IChatClient innerClient, int maxConcurrency)
        : base(innerClient)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        MaxConcurrency = maxConcurrency;
        _slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
    }

    /// <summary>The most calls allowed in flight.</summary>
    public int MaxConcurrency { get; }

    /// <summary>The number of calls in flight now.</summary>
    public int InFlight => MaxConcurrency - _slots.CurrentCount;

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await InnerClient.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _slots.Dispose();
        }
        base.Dispose(disposing);
    }
}
