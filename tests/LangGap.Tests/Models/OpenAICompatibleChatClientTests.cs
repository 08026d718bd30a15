using System.Net;
using LangGap.Models;
using LangGap.Models.ChatTemplates;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Models;

public sealed class OpenAICompatibleChatClientTests
{
    private static readonly Func<string, string?> Environment = name => name == "FAKE_KEY" ? "sk-test-secret-123" : null;

    [Fact]
    public async Task GetResponseAsync_ChatEndpoint_SendsOptionsAndKeyAndReadsAnswer()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("42"));
        using var client = new OpenAICompatibleChatClient(new OpenAIEndpoint(server.BaseUrl, "FAKE_KEY"), "served-model", environment: Environment);
        var options = new ChatOptions { Temperature = 0.25f, MaxOutputTokens = 64, Seed = 9, StopSequences = ["\n\n"], AdditionalProperties = new() { [ChatOptionKeys.SampleIndex] = 2 } };

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "नमस्ते")], options);

        Assert.Equal("42", response.Text);
        Assert.Equal(7, response.Usage?.InputTokenCount);
        Assert.Equal("stop", response.FinishReason?.Value);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer sk-test-secret-123", request.Authorization);
        Assert.Equal("served-model", request.Json.GetProperty("model").GetString());
        Assert.Equal("नमस्ते", request.LastContent);
        Assert.Equal(0.25, request.Json.GetProperty("temperature").GetDouble());
        Assert.Equal(64, request.Json.GetProperty("max_tokens").GetInt32());
        Assert.Equal(9, request.Json.GetProperty("seed").GetInt64());
        Assert.DoesNotContain("langgap", request.Body);
    }

    [Fact]
    public async Task GetResponseAsync_CompletionsWithTemplate_SendsRenderedPromptAndCutsStop()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion("Merhaba!<|END_OF_TURN_TOKEN|>junk", raw: true));
        using var client = new OpenAICompatibleChatClient(new OpenAIEndpoint(server.BaseUrl), "aya", new CohereChatTemplate());

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Selam")]);

        Assert.Equal("Merhaba!", response.Text);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/completions", request.Path);
        Assert.Equal("<BOS_TOKEN><|START_OF_TURN_TOKEN|><|USER_TOKEN|>Selam<|END_OF_TURN_TOKEN|><|START_OF_TURN_TOKEN|><|CHATBOT_TOKEN|>", request.LastContent);
        Assert.Equal("<|END_OF_TURN_TOKEN|>", request.Json.GetProperty("stop")[0].GetString());
    }

    [Fact]
    public async Task GetResponseAsync_TooManyRequests_ThrowsTransientHttpErrorWithRetryAfter()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Error(429, retryAfterSeconds: 3));
        using var client = new OpenAICompatibleChatClient(new OpenAIEndpoint(server.BaseUrl), "m");

        var error = await Assert.ThrowsAsync<ModelHttpException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "x")]));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task GetResponseAsync_MalformedBody_ThrowsModelResponseException()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Malformed);
        using var client = new OpenAICompatibleChatClient(new OpenAIEndpoint(server.BaseUrl), "m");

        await Assert.ThrowsAsync<ModelResponseException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "x")]));
    }

    [Fact]
    public async Task GetResponseAsync_ServerEchoesKeyInError_KeyIsRedacted()
    {
        await using var server = new FakeOpenAIServer(r => new FakeReply { Status = 401, Body = $"bad key {r.Authorization}" });
        using var client = new OpenAICompatibleChatClient(new OpenAIEndpoint(server.BaseUrl, "FAKE_KEY"), "m", environment: Environment);

        var error = await Assert.ThrowsAsync<ModelHttpException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "x")]));

        Assert.DoesNotContain("sk-test-secret-123", error.Message);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public void Constructor_KeyVariableNotSet_ThrowsNamingTheVariable()
    {
        var error = Assert.Throws<InvalidInputException>(() => new OpenAICompatibleChatClient(new OpenAIEndpoint(new Uri("http://127.0.0.1:1/v1"), "MISSING_KEY"), "m", environment: Environment));

        Assert.Contains("MISSING_KEY", error.Message);
    }
}
