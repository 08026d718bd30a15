using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LangGap.Bench;

/// <summary>A minimal OpenAI-compatible HTTP/1.1 server on 127.0.0.1 that answers every request with the same completion.</summary>
internal sealed class StubOpenAIServer : IAsyncDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] ContentLength = "content-length:"u8.ToArray();
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[] _response;
    private readonly Task _accept;

    public StubOpenAIServer(string completion)
    {
        var body = Encoding.UTF8.GetBytes(
            "{\"id\":\"stub\",\"model\":\"stub\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
            + completion + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":6,\"total_tokens\":18}}");
        _response = [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n"), .. body];
        _listener.Start(4096);
        _accept = Task.Run(AcceptAsync);
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _accept; } catch (OperationCanceledException) { } catch (SocketException) { }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token);
            socket.NoDelay = true;
            _ = Task.Run(() => ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var _ = socket;
        var buffer = new byte[16 * 1024];
        var filled = 0;
        try
        {
            while (true)
            {
                int end;
                while ((end = buffer.AsSpan(0, filled).IndexOf(HeaderEnd)) < 0)
                {
                    var read = await socket.ReceiveAsync(buffer.AsMemory(filled), _stop.Token);
                    if (read == 0) return;
                    filled += read;
                }
                var total = end + 4 + BodyLength(buffer.AsSpan(0, end));
                while (filled < total)
                {
                    var read = await socket.ReceiveAsync(buffer.AsMemory(filled), _stop.Token);
                    if (read == 0) return;
                    filled += read;
                }
                buffer.AsSpan(total, filled - total).CopyTo(buffer);
                filled -= total;
                await socket.SendAsync(_response, _stop.Token);
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException) { }
    }

    private static int BodyLength(ReadOnlySpan<byte> head)
    {
        Span<byte> lower = stackalloc byte[head.Length];
        for (var i = 0; i < head.Length; i++) lower[i] = (byte)char.ToLowerInvariant((char)head[i]);
        var at = lower.IndexOf(ContentLength);
        if (at < 0) return 0;
        var value = 0;
        foreach (var b in head[(at + ContentLength.Length)..])
        {
            if (b is >= (byte)'0' and <= (byte)'9') value = value * 10 + (b - '0');
            else if (b != ' ') break;
        }
        return value;
    }
}
