using LangGap.Models;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Models;

public sealed class MiddlewareTests
{
    private static readonly ChatMessage[] Question = [new(ChatRole.User, "2+2?")];

    [Fact]
    public async Task LoadBalancing_IdleClients_ShareCallsRoundRobin()
    {
        var a = FakeChatClient.Answering(_ => "a");
        var b = FakeChatClient.Answering(_ => "b");
        using var balancer = new LoadBalancingChatClient([a, b]);

        for (var i = 0; i < 10; i++) await balancer.GetResponseAsync(Question);

        Assert.Equal(5, a.Calls);
        Assert.Equal(5, b.Calls);
    }

    [Fact]
    public async Task LoadBalancing_OneClientBusy_SendsNewCallsToTheIdleOne()
    {
        var gate = new TaskCompletionSource<ChatResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new FakeChatClient((_, _, _) => gate.Task);
        var fast = FakeChatClient.Answering(_ => "fast");
        using var balancer = new LoadBalancingChatClient([slow, fast]);

        var pending = balancer.GetResponseAsync(Question);
        for (var i = 0; i < 5; i++) await balancer.GetResponseAsync(Question);
        gate.SetResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "slow")));
        await pending;

        Assert.Equal(1, slow.Calls);
        Assert.Equal(5, fast.Calls);
    }

    [Fact]
    public async Task ConcurrencyLimit_ManyCalls_NeverExceedsLimit()
    {
        var inFlight = 0;
        var peak = 0;
        var inner = new FakeChatClient(async (_, _, ct) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            await Task.Delay(5, ct);
            Interlocked.Decrement(ref inFlight);
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"));
        });
        using var limited = new ConcurrencyLimitingChatClient(inner, 3);

        await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => limited.GetResponseAsync(Question)));

        Assert.Equal(30, inner.Calls);
        Assert.True(peak <= 3, $"peak in flight was {peak}");
    }

    [Fact]
    public async Task ResponseCache_SameRequestTwice_CallsModelOnceAndMarksHit()
    {
        using var directory = new TestDirectory();
        var inner = FakeChatClient.Answering(_ => "4");
        using var cached = new ResponseCacheChatClient(inner, directory.Path, "m");
        var options = new ChatOptions { Seed = 1, AdditionalProperties = new() { [ChatOptionKeys.SampleIndex] = 0 } };

        var first = await cached.GetResponseAsync(Question, options);
        var second = await cached.GetResponseAsync(Question, options);

        Assert.Equal(1, inner.Calls);
        Assert.Equal("4", second.Text);
        Assert.Null(first.AdditionalProperties?.GetValueOrDefault(ChatOptionKeys.CacheHit));
        Assert.Equal(true, second.AdditionalProperties![ChatOptionKeys.CacheHit]);
        var file = Assert.Single(Directory.GetFiles(directory.Path, "*.json", SearchOption.AllDirectories));
        Assert.Equal(ChatRequestKey.Compute("m", Question, options) + ".json", Path.GetFileName(file));
    }

    [Fact]
    public async Task ResponseCache_OtherSampleIndex_IsAMiss()
    {
        using var directory = new TestDirectory();
        var inner = FakeChatClient.Answering(_ => "4");
        using var cached = new ResponseCacheChatClient(inner, directory.Path, "m");

        await cached.GetResponseAsync(Question, new ChatOptions { AdditionalProperties = new() { [ChatOptionKeys.SampleIndex] = 0 } });
        await cached.GetResponseAsync(Question, new ChatOptions { AdditionalProperties = new() { [ChatOptionKeys.SampleIndex] = 1 } });

        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task ResponseCache_CorruptEntry_IsReplaced()
    {
        using var directory = new TestDirectory();
        var inner = FakeChatClient.Answering(_ => "4");
        using var cached = new ResponseCacheChatClient(inner, directory.Path, "m");
        var key = ChatRequestKey.Compute("m", Question, null);
        Directory.CreateDirectory(Path.Combine(directory.Path, key[..2]));
        await File.WriteAllTextAsync(Path.Combine(directory.Path, key[..2], key + ".json"), "{ truncated");

        var response = await cached.GetResponseAsync(Question);

        Assert.Equal("4", response.Text);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task UsageRecording_Calls_AddsTokensFailuresAndLatency()
    {
        var meter = new UsageMeter();
        var calls = 0;
        var inner = new FakeChatClient((_, _, _) => ++calls == 2
            ? throw new InvalidOperationException("boom")
            : Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")) { Usage = new UsageDetails { InputTokenCount = 5, OutputTokenCount = 2 } }));
        using var client = new ChatClientBuilder(inner).UseUsageRecording(meter).Build();

        var response = await client.GetResponseAsync(Question);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync(Question));

        var totals = meter.Snapshot();
        Assert.Equal(2, totals.Requests);
        Assert.Equal(1, totals.Failures);
        Assert.Equal(5, totals.InputTokens);
        Assert.Equal(2, totals.OutputTokens);
        Assert.True(response.AdditionalProperties!.ContainsKey(ChatOptionKeys.LatencyMilliseconds));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
