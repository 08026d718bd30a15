using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace LangGap.Models;

/// <summary>Spreads calls over several clients serving the same model, sending each to the one with fewest calls in flight.</summary>
/// <remarks>
/// Least-outstanding-requests balancing: fast servers take more work, a stalled one stops receiving new calls.
/// Ties are broken round-robin so that idle servers share the load evenly.
/// </remarks>
public sealed class LoadBalancingChatClient : IChatClient
{
    private readonly IChatClient[] _clients;
    private readonly int[] _outstanding;
    private int _next = -1;

    /// <summary>Balances over <paramref name="clients"/>, which the instance owns and disposes.</summary>
    public LoadBalancingChatClient(IReadOnlyList<IChatClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentOutOfRangeException.ThrowIfZero(clients.Count);
        _clients = [.. clients];
        _outstanding = new int[_clients.Length];
    }

    /// <summary>The calls in flight on each client, in construction order.</summary>
    public IReadOnlyList<int> Outstanding => [.. _outstanding];

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var index = Pick();
        try
        {
            return await _clients[index].GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _outstanding[index]);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var index = Pick();
        try
        {
            await foreach (var update in _clients[index].GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                yield return update;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _outstanding[index]);
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : _clients[0].GetService(serviceType, serviceKey);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }

    private int Pick()
    {
        var start = (int)((uint)Interlocked.Increment(ref _next) % (uint)_clients.Length);
        var best = start;
        var bestLoad = Volatile.Read(ref _outstanding[start]);
        for (var step = 1; step < _clients.Length && bestLoad > 0; step++)
        {
            var candidate = (start + step) % _clients.Length;
            var load = Volatile.Read(ref _outstanding[candidate]);
            if (load < bestLoad)
            {
                best = candidate;
                bestLoad = load;
            }
        }
        Interlocked.Increment(ref _outstanding[best]);
        return best;
    }
}
