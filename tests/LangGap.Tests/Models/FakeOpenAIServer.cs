using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace LangGap.Tests.Models;

/// <summary>What the fake server does with one request.</summary>
public sealed record FakeReply
{
    public int Status { get; init; } = 200;
    public string Body { get; init; } = "";
    public int? RetryAfterSeconds { get; init; }
    public TimeSpan Delay { get; init; }
    public bool Drop { get; init; }

    public static FakeReply Completion(string text, bool raw = false) => new()
    {
        Body = raw
            ? JsonSerializer.Serialize(new { id = "cmpl-1", model = "fake", choices = new[] { new { index = 0, text, finish_reason = "stop" } }, usage = new { prompt_tokens = 7, completion_tokens = 3, total_tokens = 10 } })
            : JsonSerializer.Serialize(new { id = "chat-1", model = "fake", choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } }, usage = new { prompt_tokens = 7, completion_tokens = 3, total_tokens = 10 } }),
    };

    public static FakeReply Error(int status, int? retryAfterSeconds = null) => new() { Status = status, Body = "{\"error\":{\"message\":\"fake failure\"}}", RetryAfterSeconds = retryAfterSeconds };

    public static FakeReply Malformed { get; } = new() { Body = "{\"choices\": [ {\"message\": " };

    public static FakeReply Dropped { get; } = new() { Drop = true };
}

/// <summary>One request the fake server received.</summary>
public sealed record FakeRequest(int Number, string Path, string? Authorization, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The content of the last message (chat) or the prompt (completions).</summary>
    public string LastContent => Json.TryGetProperty("messages", out var m) ? m[m.GetArrayLength() - 1].GetProperty("content").GetString()! : Json.GetProperty("prompt").GetString()!;
}

/// <summary>An OpenAI-compatible HTTP/1.1 server on 127.0.0.1 with scripted faults (TcpListener, keep-alive).</summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<FakeRequest, FakeReply> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _clients = [];
    private readonly Task _accept;
    private int _count;

    public FakeOpenAIServer(Func<FakeRequest, FakeReply> handler)
    {
        _handler = handler;
        _listener.Start(1024);
        _accept = AcceptAsync();
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1");

    public int RequestCount => Volatile.Read(ref _count);

    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    public bool KeepRequests { get; init; } = true;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var client in _clients) client.Dispose();
        try { await _accept; } catch (Exception) { }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            client.NoDelay = true;
            _clients.Add(client);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var buffer = new byte[64 * 1024];
        var filled = 0;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                int headerEnd;
                while ((headerEnd = buffer.AsSpan(0, filled).IndexOf(HeaderEnd)) < 0)
                {
                    var read = await stream.ReadAsync(buffer.AsMemory(filled), _stop.Token);
                    if (read == 0) return;
                    filled += read;
                }
                var head = Encoding.ASCII.GetString(buffer, 0, headerEnd);
                var lines = head.Split("\r\n");
                var path = lines[0].Split(' ')[1];
                var length = 0;
                string? authorization = null;
                foreach (var line in lines.Skip(1))
                {
                    var colon = line.IndexOf(':');
                    var name = line[..colon].Trim();
                    var value = line[(colon + 1)..].Trim();
                    if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) length = int.Parse(value);
                    if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)) authorization = value;
                }
                var total = headerEnd + 4 + length;
                while (filled < total)
                {
                    var read = await stream.ReadAsync(buffer.AsMemory(filled), _stop.Token);
                    if (read == 0) return;
                    filled += read;
                }
                var body = Encoding.UTF8.GetString(buffer, headerEnd + 4, length);
                Buffer.BlockCopy(buffer, total, buffer, 0, filled - total);
                filled -= total;
                var request = new FakeRequest(Interlocked.Increment(ref _count), path, authorization, body);
                if (KeepRequests) Requests.Enqueue(request);
                var reply = _handler(request);
                if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay, _stop.Token);
                if (reply.Drop) return;
                var payload = Encoding.UTF8.GetBytes(reply.Body);
                var header = $"HTTP/1.1 {reply.Status} {(reply.Status == 200 ? "OK" : "Error")}\r\nContent-Type: application/json\r\nContent-Length: {payload.Length}\r\n"
                    + (reply.RetryAfterSeconds is { } wait ? $"Retry-After: {wait}\r\n" : "") + "\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(header).Concat(payload).ToArray(), _stop.Token);
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested) { }
        catch (IOException) { }
        catch (SocketException) { }
    }
}
