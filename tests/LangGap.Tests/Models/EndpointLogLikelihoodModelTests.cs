using LangGap.Models;
using LangGap.Models.Completions;
using LangGap.Models.LogLikelihood;

namespace LangGap.Tests.Models;

public sealed class EndpointLogLikelihoodModelTests
{
    private static readonly RetryOptions NoRetry = new() { MaxRetries = 0 };

    [Fact]
    public async Task ScoreAsync_Echo_SumsTokensFromTheContextEndByTextOffset()
    {
        // "Paris est" + " belle": offsets count code points, so the emoji before the boundary counts once.
        await using var server = new FakeOpenAIServer(_ => new FakeReply
        {
            Body = """
            {"choices":[{"text":"😀 Paris est belle","finish_reason":"length",
              "logprobs":{"tokens":["😀"," Paris"," est"," bel","le"],"token_logprobs":[null,-3.0,-1.5,-0.25,-0.5],"text_offset":[0,1,7,11,15]}}]}
            """,
        });
        using var client = new RawCompletionClient(new OpenAIEndpoint(server.BaseUrl), "m", NoRetry);
        var model = new EndpointLogLikelihoodModel(client, PromptLogprobsMethod.Echo);

        var scores = await model.ScoreAsync([new ContinuationRequest("😀 Paris est ", "belle")], default);

        Assert.Equal(-0.75, scores[0].LogProb, 12);
        Assert.Equal(2, scores[0].TokenCount);
        var request = Assert.Single(server.Requests);
        Assert.Equal("😀 Paris est belle", request.Json.GetProperty("prompt").GetString());
        Assert.True(request.Json.GetProperty("echo").GetBoolean());
        Assert.Equal(0, request.Json.GetProperty("logprobs").GetInt32());
        Assert.Equal(0, request.Json.GetProperty("max_tokens").GetInt32());
    }

    [Fact]
    public async Task ScoreAsync_EchoIgnored_FailsSayingTheServerCannotEcho()
    {
        // llama.cpp's server answers a completion without echoing the prompt or its log-probabilities.
        await using var server = new FakeOpenAIServer(_ => new FakeReply { Body = """{"choices":[{"text":"","finish_reason":"length"}]}""" });
        using var client = new RawCompletionClient(new OpenAIEndpoint(server.BaseUrl), "llama-cpp", NoRetry);
        var model = new EndpointLogLikelihoodModel(client, PromptLogprobsMethod.Echo);

        var error = await Assert.ThrowsAsync<ModelResponseException>(() => model.ScoreAsync([new ContinuationRequest("a", " b")], default));

        Assert.Contains("does not support 'echo'", error.Message);
        Assert.Contains("llama.cpp", error.Message);
    }

    [Fact]
    public async Task ScoreAsync_EchoTokenAcrossBoundary_FailsNamingTheToken()
    {
        await using var server = new FakeOpenAIServer(_ => new FakeReply
        {
            Body = """{"choices":[{"text":"abcd","logprobs":{"tokens":["ab","cd"],"token_logprobs":[null,-1.0],"text_offset":[0,2]}}]}""",
        });
        using var client = new RawCompletionClient(new OpenAIEndpoint(server.BaseUrl), "m", NoRetry);
        var model = new EndpointLogLikelihoodModel(client, PromptLogprobsMethod.Echo);

        var error = await Assert.ThrowsAsync<ModelResponseException>(() => model.ScoreAsync([new ContinuationRequest("a", "bcd")], default));

        Assert.Contains("token 'ab' spans the end of the context", error.Message);
    }

    [Fact]
    public async Task ScoreAsync_VllmPromptLogprobs_ContinuationIsPositionsAfterTheContextsTokenCount()
    {
        // The context alone is 3 tokens (BOS, "The", " cat"); with the continuation 5. Positions 3 and 4 are scored.
        await using var server = new FakeOpenAIServer(request => new FakeReply
        {
            Body = request.Json.GetProperty("prompt").GetString() == "The cat"
                ? """{"choices":[{"text":" x","prompt_logprobs":[null,{"464":{"logprob":-4.0}},{"3797":{"logprob":-2.0}}]}]}"""
                : """{"choices":[{"text":" x","prompt_logprobs":[null,{"464":{"logprob":-4.0}},{"3797":{"logprob":-2.0}},{"3332":{"logprob":-0.5,"rank":1}},{"13":-0.25}]}]}""",
        });
        using var client = new RawCompletionClient(new OpenAIEndpoint(server.BaseUrl), "m", NoRetry);
        var model = new EndpointLogLikelihoodModel(client, PromptLogprobsMethod.Vllm);

        var scores = await model.ScoreAsync([new ContinuationRequest("The cat", " sat."), new ContinuationRequest("The cat", " sat.")], default);

        Assert.All(scores, s => Assert.Equal(-0.75, s.LogProb, 12));
        Assert.All(scores, s => Assert.Equal(2, s.TokenCount));
        Assert.Equal(3, server.RequestCount);   // the context is counted once
        Assert.All(server.Requests, r => Assert.Equal(0, r.Json.GetProperty("prompt_logprobs").GetInt32()));
    }

    [Fact]
    public async Task ScoreAsync_NoPromptLogprobsReturned_FailsSayingTheServerIsNotVllm()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Completion(" x", raw: true));
        using var client = new RawCompletionClient(new OpenAIEndpoint(server.BaseUrl), "m", NoRetry);
        var model = new EndpointLogLikelihoodModel(client, PromptLogprobsMethod.Vllm);

        var error = await Assert.ThrowsAsync<ModelResponseException>(() => model.ScoreAsync([new ContinuationRequest("a", " b")], default));

        Assert.Contains("returned no 'prompt_logprobs'", error.Message);
    }

    [Fact]
    public void ModelsFile_PromptLogprobs_GivesTheRegistryALogLikelihoodModelOnlyWhenSet()
    {
        var file = ModelsFile.Parse("""
            {"models": [
              {"id": "vllm", "url": "http://127.0.0.1:9/v1", "prompt_logprobs": "vllm"},
              {"id": "chat", "url": "http://127.0.0.1:9/v1"}]}
            """, "models.json");
        using var registry = new ModelRegistry(file);

        Assert.NotNull(registry.GetLogLikelihood("vllm"));
        Assert.Null(registry.GetLogLikelihood("chat"));
        Assert.Contains("'prompt_logprobs' must be 'echo', 'vllm' or 'none'",
            Assert.Throws<InvalidInputException>(() => ModelsFile.Parse("""{"models": [{"id": "x", "url": "http://a/v1", "prompt_logprobs": "yes"}]}""", "m.json")).Message);
    }
}
