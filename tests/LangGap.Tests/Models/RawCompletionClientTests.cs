using LangGap.Models;
using LangGap.Models.Completions;

namespace LangGap.Tests.Models;

public sealed class RawCompletionClientTests
{
    private static readonly Func<string, string?> Environment = name => name == "FAKE_KEY" ? "sk-raw-secret-77" : null;
    private static readonly RetryOptions NoWait = new() { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) };

    [Fact]
    public async Task CompleteAsync_SendsPromptAsItIsWithLimitsAndReadsUsage()
    {
        await using var server = new FakeOpenAIServer(_ => new FakeReply
        {
            Body = """{"choices":[{"index":0,"text":" 7 + 5 = 12.","finish_reason":"stop","stop_reason":"</think>"}],"usage":{"prompt_tokens":11,"completion_tokens":6}}""",
        });
        using var client = new RawCompletionClient(new OpenAIEndpoint(server.BaseUrl, "FAKE_KEY"), "s1", environment: Environment);

        var result = await client.CompleteAsync(new CompletionRequest("<|im_start|>think\nWait", 250) { Stop = ["</think>", "<|im_start|>answer"], Seed = 3 });

        Assert.Equal(" 7 + 5 = 12.", result.Text);
        Assert.Equal("stop", result.FinishReason);
        Assert.Equal("</think>", result.StopString);
        Assert.Equal(11, result.PromptTokens);
        Assert.Equal(6, result.CompletionTokens);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/completions", request.Path);
        Assert.Equal("Bearer sk-raw-secret-77", request.Authorization);
        Assert.Equal("<|im_start|>think\nWait", request.Json.GetProperty("prompt").GetString());
        Assert.Equal(250, request.Json.GetProperty("max_tokens").GetInt32());
        Assert.Equal(0, request.Json.GetProperty("temperature").GetDouble());
        Assert.Equal(3, request.Json.GetProperty("seed").GetInt64());
        Assert.Equal(["</think>", "<|im_start|>answer"], request.Json.GetProperty("stop").EnumerateArray().Select(s => s.GetString()));
        Assert.False(request.Json.TryGetProperty("echo", out _));
        Assert.False(request.Json.TryGetProperty("logprobs", out _));
    }

    [Fact]
    public async Task CompleteAsync_EchoWithLogprobs_ReadsPerTokenLogprobsAndPromptLogprobs()
    {
        await using var server = new FakeOpenAIServer(_ => new FakeReply
        {
            Body = """
            {"choices":[{"text":"The cat sat","finish_reason":"length",
              "logprobs":{"tokens":["The"," cat"," sat"],"token_logprobs":[null,-2.5,-0.125],"text_offset":[0,3,7]},
              "prompt_logprobs":[null,{"3797":{"logprob":-2.5,"rank":4,"decoded_token":" cat"},"262":{"logprob":-1.0,"rank":1,"decoded_token":" the"}},{"3332":-0.125}]}]}
            """,
        });
        using var client = new RawCompletionClient(new OpenAIEndpoint(server.BaseUrl), "m");

        var result = await client.CompleteAsync(new CompletionRequest("The cat sat", 0) { Echo = true, Logprobs = 0, PromptLogprobs = 1 });

        Assert.Equal("length", result.FinishReason);
        Assert.Null(result.PromptTokens);
        Assert.Equal([null, -2.5, -0.125], result.Tokens!.Select(t => t.Logprob));
        Assert.Equal([0, 3, 7], result.Tokens!.Select(t => t.TextOffset!.Value));
        Assert.Null(result.PromptTokenLogprobs![0]);
        Assert.Equal(new PromptTokenCandidate(3797, -2.5, 4, " cat"), result.PromptTokenLogprobs[1]![0]);
        Assert.Equal(new PromptTokenCandidate(3332, -0.125, null, null), Assert.Single(result.PromptTokenLogprobs[2]!));
        var json = Assert.Single(server.Requests).Json;
        Assert.True(json.GetProperty("echo").GetBoolean());
        Assert.Equal(0, json.GetProperty("logprobs").GetInt32());
        Assert.Equal(1, json.GetProperty("prompt_logprobs").GetInt32());
        Assert.Equal(0, json.GetProperty("max_tokens").GetInt32());
    }

    [Fact]
    public async Task CompleteAsync_TransientFailureThenSuccess_Retries()
    {
        var calls = 0;
        await using var server = new FakeOpenAIServer(_ => Interlocked.Increment(ref calls) == 1 ? FakeReply.Error(503) : FakeReply.Completion("ok", raw: true));
        using var client = new RawCompletionClient(new OpenAIEndpoint(server.BaseUrl), "m", NoWait);

        var result = await client.CompleteAsync(new CompletionRequest("x", 4));

        Assert.Equal("ok", result.Text);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task CompleteAsync_PermanentFailure_ThrowsWithoutTheKey()
    {
        await using var server = new FakeOpenAIServer(request => new FakeReply { Status = 400, Body = "bad key " + request.Authorization });
        using var client = new RawCompletionClient(new OpenAIEndpoint(server.BaseUrl, "FAKE_KEY"), "m", NoWait, environment: Environment);

        var error = await Assert.ThrowsAsync<ModelCallException>(() => client.CompleteAsync(new CompletionRequest("x", 4)));

        Assert.Equal(1, server.RequestCount);
        Assert.Contains("400", error.Message);
        Assert.DoesNotContain("sk-raw-secret-77", error.Message);
    }

    [Fact]
    public async Task CompleteAsync_BodyWithoutChoices_FailsAsMalformedAfterRetries()
    {
        await using var server = new FakeOpenAIServer(_ => new FakeReply { Body = """{"object":"error"}""" });
        using var client = new RawCompletionClient(new OpenAIEndpoint(server.BaseUrl), "m", NoWait);

        var error = await Assert.ThrowsAsync<ModelCallException>(() => client.CompleteAsync(new CompletionRequest("x", 4)));

        Assert.Contains("no 'choices'", error.Message);
        Assert.Equal(3, server.RequestCount);
    }
}
