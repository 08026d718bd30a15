using LangGap.Models;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Models;

public sealed class RetryingChatClientTests
{
    private static readonly ChatMessage[] Question = [new(ChatRole.User, "2+2?")];

    private static RetryOptions Fast => new() { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5), AttemptTimeout = TimeSpan.FromSeconds(10) };

    private static async Task<(ChatResponse? Response, ModelCallException? Error, int Requests)> CallAsync(Func<FakeRequest, FakeReply> handler, RetryOptions? options = null, TimeProvider? time = null)
    {
        await using var server = new FakeOpenAIServer(handler);
        using var client = new RetryingChatClient(new OpenAICompatibleChatClient(new OpenAIEndpoint(server.BaseUrl), "m", timeProvider: time), options ?? Fast, time);
        try
        {
            return (await client.GetResponseAsync(Question), null, server.RequestCount);
        }
        catch (ModelCallException e)
        {
            return (null, e, server.RequestCount);
        }
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task GetResponseAsync_TransientStatusThenSuccess_RetriesAndRecordsAttempts(int status)
    {
        var (response, _, requests) = await CallAsync(r => r.Number <= 2 ? FakeReply.Error(status) : FakeReply.Completion("4"));

        Assert.Equal("4", response?.Text);
        Assert.Equal(3, requests);
        Assert.Equal(3, response!.AdditionalProperties![ChatOptionKeys.Attempts]);
    }

    [Fact]
    public async Task GetResponseAsync_DroppedConnectionThenSuccess_Retries()
    {
        var (response, _, requests) = await CallAsync(r => r.Number == 1 ? FakeReply.Dropped : FakeReply.Completion("4"));

        Assert.Equal("4", response?.Text);
        Assert.Equal(2, requests);
    }

    [Fact]
    public async Task GetResponseAsync_MalformedJsonThenSuccess_Retries()
    {
        var (response, _, _) = await CallAsync(r => r.Number == 1 ? FakeReply.Malformed : FakeReply.Completion("4"));

        Assert.Equal("4", response?.Text);
    }

    [Fact]
    public async Task GetResponseAsync_SlowThenFast_TimesOutAndRetries()
    {
        var options = Fast with { AttemptTimeout = TimeSpan.FromSeconds(2) };
        var answer = FakeReply.Completion("4");

        var (response, _, requests) = await CallAsync(r => r.Number == 1 ? new FakeReply { Delay = TimeSpan.FromSeconds(30) } : answer, options);

        Assert.Equal("4", response?.Text);
        Assert.Equal(2, requests);
    }

    [Fact]
    public async Task GetResponseAsync_AlwaysFailing_ThrowsWithAttemptsAndReason()
    {
        var (_, error, requests) = await CallAsync(_ => FakeReply.Error(500));

        Assert.NotNull(error);
        Assert.Equal(4, error.Attempts);
        Assert.Equal(4, requests);
        Assert.Contains("500", error.Message);
        Assert.StartsWith("Gave up after 4 attempts", error.Message);
    }

    [Fact]
    public async Task GetResponseAsync_BadRequest_DoesNotRetry()
    {
        var (_, error, requests) = await CallAsync(_ => FakeReply.Error(400));

        Assert.Equal(1, error?.Attempts);
        Assert.Equal(1, requests);
    }

    [Fact]
    public async Task GetResponseAsync_RetryAfterHeader_WaitsTheServersDelay()
    {
        var time = new ScaledTimeProvider(factor: 1000);

        var (response, _, _) = await CallAsync(r => r.Number == 1 ? FakeReply.Error(429, retryAfterSeconds: 7) : FakeReply.Completion("4"), Fast, time);

        Assert.Equal("4", response?.Text);
        Assert.Contains(TimeSpan.FromSeconds(7), time.RequestedDelays);
    }

    [Fact]
    public async Task GetResponseAsync_CallerCancels_ThrowsCancellationWithoutRetrying()
    {
        await using var server = new FakeOpenAIServer(_ => new FakeReply { Delay = TimeSpan.FromSeconds(5) });
        using var client = new RetryingChatClient(new OpenAICompatibleChatClient(new OpenAIEndpoint(server.BaseUrl), "m"), Fast);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetResponseAsync(Question, cancellationToken: cancel.Token));
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public void Constructor_InvalidOptions_ListsEveryProblem()
    {
        var options = new RetryOptions { MaxRetries = -1, AttemptTimeout = TimeSpan.Zero };

        var error = Assert.Throws<ArgumentException>(() => new RetryingChatClient(FakeChatClient.Answering(_ => ""), options));

        Assert.Contains("MaxRetries", error.Message);
        Assert.Contains("AttemptTimeout", error.Message);
    }
}
